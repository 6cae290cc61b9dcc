package io.contactscontracts.client;

import java.net.http.HttpClient;

/**
 * The HTTP client a contacts client sends its requests with. Each is set up so that it never re-sends a
 * request on its own (retries are the client's, see the builder) and never follows redirects.
 */
public enum Transport {
  /** {@link java.net.HttpURLConnection}, Feign's default client; no extra dependency. */
  URL_CONNECTION,

  /** {@link HttpClient java.net.http.HttpClient} through {@code feign-java11}; HTTP/2 where the server offers it. */
  JAVA_HTTP_CLIENT,

  /** OkHttp through {@code feign-okhttp}. */
  OKHTTP
}
