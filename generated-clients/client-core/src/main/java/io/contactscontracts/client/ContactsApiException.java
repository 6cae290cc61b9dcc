package io.contactscontracts.client;

import feign.FeignException;
import io.contactscontracts.client.internal.Exchange;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Base of every exception a contacts client throws: an error answer of the service, a response that
 * could not be read, or a request that got no answer.
 *
 * <p>Catch a subclass for the cases you handle ({@link AuthenticationException}, {@link
 * ValidationException}, {@link RateLimitException}, {@link ServerException}, {@link
 * RequestRejectedException}, {@link ResponseDecodingException}, {@link ConnectionException}) and this
 * class for the rest. It extends Feign's {@link FeignException}, so code that already catches that keeps
 * working. The message always says what to do next; it never contains the API key, and {@link
 * #request()} has the key header redacted. When the client retried before giving up, the failures of
 * the earlier attempts are attached as {@linkplain #getSuppressed() suppressed} exceptions.
 */
public abstract class ContactsApiException extends FeignException {
  private static final long serialVersionUID = 1L;

  private final String service;
  private final Map<String, List<String>> headers;
  private final Duration retryAfter;
  private final String serviceMessage;

  ContactsApiException(String message, Exchange exchange, Throwable cause) {
    super(exchange.status(), message, exchange.request(), cause, exchange.body(), exchange.rawHeaders());
    this.service = exchange.service().name();
    this.headers = copyOf(exchange.rawHeaders());
    this.retryAfter = exchange.retryAfter().orElse(null);
    this.serviceMessage = exchange.error().message().orElse(null);
  }

  /** Name of the service that was called, e.g. {@code Kejue}. */
  public String service() {
    return service;
  }

  /** The HTTP status of the response, or {@code -1} if no response arrived. */
  @Override
  public int status() {
    return super.status();
  }

  /** Response headers (names case-insensitive); empty if no response arrived. */
  public Map<String, List<String>> headers() {
    return headers;
  }

  /** First value of a response header, looked up case-insensitively. */
  public Optional<String> header(String name) {
    List<String> values = headers.get(name);
    return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
  }

  /** The response body exactly as received (UTF-8); empty if there was none. */
  public String rawBody() {
    return contentUTF8();
  }

  /** What the service's error body said, if it was in the service's documented error format. */
  public Optional<String> serviceMessage() {
    return Optional.ofNullable(serviceMessage);
  }

  /** How long the service asked the client to wait ({@code Retry-After}), if it said. */
  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }

  private static Map<String, List<String>> copyOf(Map<String, Collection<String>> raw) {
    Map<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    raw.forEach((name, values) -> copy.put(name, List.copyOf(new ArrayList<>(values))));
    return Collections.unmodifiableMap(copy);
  }
}
