package io.contactscontracts.client.internal;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okio.BufferedSink;

/**
 * Marks every request body one-shot for OkHttp. OkHttp re-sends a request by itself on some answers,
 * whatever {@code retryOnConnectionFailure} says: a 503 with {@code Retry-After: 0}, a 408, a 421. It never
 * re-sends a one-shot body, so with this interceptor a create is sent exactly as often as the client's own
 * retry policy decides (each retry of the client builds a new request).
 */
final class OneShotBodies implements Interceptor {
  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    RequestBody body = request.body();
    if (body == null || body.isOneShot()) {
      return chain.proceed(request);
    }
    return chain.proceed(request.newBuilder().method(request.method(), new OneShot(body)).build());
  }

  private static final class OneShot extends RequestBody {
    private final RequestBody body;

    OneShot(RequestBody body) {
      this.body = body;
    }

    @Override
    public MediaType contentType() {
      return body.contentType();
    }

    @Override
    public long contentLength() throws IOException {
      return body.contentLength();
    }

    @Override
    public void writeTo(BufferedSink sink) throws IOException {
      body.writeTo(sink);
    }

    @Override
    public boolean isOneShot() {
      return true;
    }
  }
}
