package io.contactscontracts.client;

import feign.Request;
import java.time.Duration;
import java.util.Collection;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;

/** What a failed call left behind, as the exceptions need it: the request (key redacted) and any response. */
final class Exchange {
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
    this.request = service.redact(request);
    this.status = status;
    this.body = body;
    this.headers = headers;
    this.error = error;
    this.retryAfter = retryAfter;
  }

  static Exchange response(ServiceProfile service, Request request, int status, byte[] body,
      Map<String, Collection<String>> headers, ServiceError error, Duration retryAfter) {
    return new Exchange(service, request, status, body, headers, error, retryAfter);
  }

  static Exchange noResponse(ServiceProfile service, Request request) {
    return new Exchange(service, request, -1, null, Collections.emptyMap(), ServiceError.none(), null);
  }

  ServiceProfile service() {
    return service;
  }

  Request request() {
    return request;
  }

  int status() {
    return status;
  }

  byte[] body() {
    return body;
  }

  Map<String, Collection<String>> rawHeaders() {
    return headers;
  }

  ServiceError error() {
    return error;
  }

  Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }

  Optional<String> header(String name) {
    return headers.entrySet().stream()
        .filter(e -> e.getKey() != null && e.getKey().equalsIgnoreCase(name))
        .flatMap(e -> e.getValue().stream())
        .findFirst();
  }

  /** {@code HTTP 401: Invalid or missing API key}, or just {@code HTTP 401} without a readable message. */
  String describeStatus() {
    return "HTTP " + status + error.message().map(m -> ": " + shorten(m)).orElse("");
  }

  /** {@code POST https://api.kejue.co/api/v1/contacts} */
  String describeRequest() {
    return request.httpMethod() + " " + request.url();
  }

  private static String shorten(String text) {
    return text.length() <= MAX_MESSAGE ? text : text.substring(0, MAX_MESSAGE) + "…";
  }
}
