package io.contactscontracts.client.internal;

import feign.Request;
import io.contactscontracts.client.spi.ServiceError;
import io.contactscontracts.client.spi.ServiceProfile;
import java.time.Duration;
import java.util.Collection;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;

/** What a failed call left behind, as the exceptions need it: the request (key redacted) and any response. */
public final class Exchange {
  private static final int MAX_MESSAGE = 300;

  private final ServiceProfile service;
  private final Request request;
  private final int status;
  private final byte[] body;
  private final Map<String, Collection<String>> headers;
  private final ServiceError error;
  private final Duration retryAfter;

  private Exchange(ServiceProfile service, Request request, int status, byte[] body,
      Map<String, Collection<String>> headers, ServiceError error, Duration retryAfter) {
    this.service = service;
    this.request = Redaction.redact(request, service.keyHeader());
    this.status = status;
    this.body = body;
    this.headers = headers;
    this.error = error;
    this.retryAfter = retryAfter;
  }

  /**
   * An answer of the service.
   *
   * @param error what its body says
   * @param retryAfter its {@code Retry-After} as a delay, or null
   */
  public static Exchange response(ServiceProfile service, Request request, int status, byte[] body,
      Map<String, Collection<String>> headers, ServiceError error, Duration retryAfter) {
    return new Exchange(service, request, status, body, headers, error, retryAfter);
  }

  /** A request that got no answer. */
  public static Exchange noResponse(ServiceProfile service, Request request) {
    return new Exchange(service, request, -1, null, Collections.emptyMap(), ServiceError.none(), null);
  }

  public ServiceProfile service() {
    return service;
  }

  /** The request, with its credential headers redacted. */
  public Request request() {
    return request;
  }

  /** The HTTP status, or {@code -1} without an answer. */
  public int status() {
    return status;
  }

  /** The body as received; null without an answer. */
  public byte[] body() {
    return body;
  }

  public Map<String, Collection<String>> rawHeaders() {
    return headers;
  }

  public ServiceError error() {
    return error;
  }

  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }

  /** The first value of a response header, looked up case-insensitively. */
  public Optional<String> header(String name) {
    return headers.entrySet().stream()
        .filter(e -> e.getKey() != null && e.getKey().equalsIgnoreCase(name))
        .flatMap(e -> e.getValue().stream())
        .findFirst();
  }

  /** {@code HTTP 401: Invalid or missing API key}, or just {@code HTTP 401} without a readable message. */
  public String describeStatus() {
    return "HTTP " + status + error.message().map(m -> ": " + shorten(m)).orElse("");
  }

  /** {@code POST https://api.kejue.co/api/v1/contacts} */
  public String describeRequest() {
    return request.httpMethod() + " " + request.url();
  }

  private static String shorten(String text) {
    return text.length() <= MAX_MESSAGE ? text : text.substring(0, MAX_MESSAGE) + "…";
  }
}
