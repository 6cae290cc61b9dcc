package io.contactscontracts.client.internal;

import java.net.URI;

/** Checks and normalises the base URL a client is pointed at. */
public final class BaseUrl {
  private BaseUrl() {}

  /**
   * Returns {@code baseUrl} without a trailing slash.
   *
   * @throws IllegalArgumentException if it is not an absolute http(s) URL
   */
  public static String normalise(String baseUrl) {
    if (baseUrl == null || baseUrl.isBlank()) {
      throw new IllegalArgumentException(
          "The base URL must not be blank; use e.g. http://localhost:8081/api/v1 for the mock server");
    }
    URI uri;
    try {
      uri = URI.create(baseUrl.trim());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("Not a valid base URL: " + baseUrl, e);
    }
    boolean http = "http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme());
    if (!http || uri.getHost() == null) {
      throw new IllegalArgumentException(
          "The base URL must be an absolute http(s) URL such as http://localhost:8081/api/v1, got: " + baseUrl);
    }
    String text = uri.toString();
    return text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
  }
}
