package io.contactscontracts.client.internal;

import feign.Client;
import feign.Request;
import feign.http2client.Http2Client;
import io.contactscontracts.client.Transport;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * The Feign client of each {@link Transport}, set up so that it never re-sends a request on its own
 * (retries are the client's, see the builder) and never follows redirects.
 */
final class Transports {
  private Transports() {}

  /** The timeouts match the {@link Request.Options} the client is used with. */
  static Client newClient(Transport transport, Duration connectTimeout, Duration readTimeout) {
    switch (transport) {
      case URL_CONNECTION:
        // Feign streams the body (fixed-length mode), which also turns off the JDK's silent POST retry.
        return new Client.Default(null, null);
      case JAVA_HTTP_CLIENT:
        // The JDK client retries only idempotent methods by itself, so a POST is never re-sent.
        return new Http2Client(HttpClient.newBuilder()
            .connectTimeout(connectTimeout)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build());
      case OKHTTP:
        return new feign.okhttp.OkHttpClient(new okhttp3.OkHttpClient.Builder()
            .connectTimeout(connectTimeout.toMillis(), TimeUnit.MILLISECONDS)
            .readTimeout(readTimeout.toMillis(), TimeUnit.MILLISECONDS)
            .followRedirects(false)
            .followSslRedirects(false)
            // OkHttp would otherwise re-send a POST whose connection broke, possibly after it was processed.
            .retryOnConnectionFailure(false)
            // ... and one answered 503 with Retry-After: 0 (or 408, 421), which that setting does not cover.
            .addInterceptor(new OneShotBodies())
            .build());
      default:
        throw new IllegalArgumentException("Unknown transport " + transport);
    }
  }
}
