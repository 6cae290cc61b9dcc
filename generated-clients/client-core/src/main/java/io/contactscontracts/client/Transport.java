package io.contactscontracts.client;

import feign.Client;
import feign.Request;
import feign.http2client.Http2Client;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * The HTTP client a contacts client sends its requests with. Each is set up so that it never re-sends a
 * request on its own (retries are the client's, see the builder) and never follows redirects.
 */
public enum Transport {
  /** {@link java.net.HttpURLConnection}, Feign's default client; no extra dependency. */
  URL_CONNECTION {
    @Override
    Client newClient(Duration connectTimeout, Duration readTimeout) {
      // Feign streams the body (fixed-length mode), which also turns off the JDK's silent POST retry.
      return new Client.Default(null, null);
    }
  },

  /** {@link HttpClient java.net.http.HttpClient} through {@code feign-java11}; HTTP/2 where the server offers it. */
  JAVA_HTTP_CLIENT {
    @Override
    Client newClient(Duration connectTimeout, Duration readTimeout) {
      // The JDK client retries only idempotent methods by itself, so a POST is never re-sent.
      return new Http2Client(HttpClient.newBuilder()
          .connectTimeout(connectTimeout)
          .followRedirects(HttpClient.Redirect.NEVER)
          .build());
    }
  },

  /** OkHttp through {@code feign-okhttp}. */
  OKHTTP {
    @Override
    Client newClient(Duration connectTimeout, Duration readTimeout) {
      return new feign.okhttp.OkHttpClient(new okhttp3.OkHttpClient.Builder()
          .connectTimeout(connectTimeout.toMillis(), TimeUnit.MILLISECONDS)
          .readTimeout(readTimeout.toMillis(), TimeUnit.MILLISECONDS)
          .followRedirects(false)
          .followSslRedirects(false)
          // OkHttp would otherwise re-send a POST whose connection broke, possibly after it was processed.
          .retryOnConnectionFailure(false)
          .build());
    }
  };

  /** The Feign client for this transport; the timeouts match the {@link Request.Options} it is used with. */
  abstract Client newClient(Duration connectTimeout, Duration readTimeout);
}
