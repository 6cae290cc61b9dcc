package io.contactscontracts.client.internal;

import feign.RequestInterceptor;
import feign.RequestTemplate;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * The user's static headers and request interceptors, applied before each attempt. Feign applies
 * interceptors to the same request template again on a retry, so headers an interceptor adds would pile
 * up ({@code X-Request-Id: a, b}); each attempt therefore starts from the headers the call had before
 * the first one. The API key is added after these hooks, so they can neither see nor replace it.
 */
public final class RequestHooks implements RequestInterceptor {
  private final Map<String, String> headers;
  private final List<RequestInterceptor> interceptors;
  private final String keyHeader;
  /** Per call (template identity; it has no equals), the headers before any hook ran; gone with the call. */
  private final Map<RequestTemplate, Map<String, Collection<String>>> callHeaders =
      Collections.synchronizedMap(new WeakHashMap<>());

  public RequestHooks(Map<String, String> headers, List<RequestInterceptor> interceptors, String keyHeader) {
    this.headers = Map.copyOf(headers);
    this.interceptors = List.copyOf(interceptors);
    this.keyHeader = keyHeader;
  }

  boolean isEmpty() {
    return headers.isEmpty() && interceptors.isEmpty();
  }

  @Override
  public void apply(RequestTemplate template) {
    Map<String, Collection<String>> before = callHeaders.computeIfAbsent(template, RequestTemplate::headers);
    template.headers(null);
    before.forEach(template::headerLiteral);
    headers.forEach((name, value) -> template.removeHeader(name).headerLiteral(name, value));
    for (RequestInterceptor interceptor : interceptors) {
      interceptor.apply(template);
      if (template.headers().containsKey(keyHeader)) {
        throw new IllegalArgumentException("The request interceptor " + interceptor.getClass().getName() + " set the "
            + keyHeader + " header, which carries the API key: set the key with apiKey(...) on the builder instead.");
      }
    }
  }

  /** Checks a static header the builder is given. */
  public static void checkHeader(String name, String value, String keyHeader) {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("A header name is required, got " + (name == null ? "null" : "\"" + name + "\""));
    }
    if (name.equalsIgnoreCase(keyHeader)) {
      throw new IllegalArgumentException(keyHeader + " carries the API key: set the key with apiKey(...), not with header(...).");
    }
    if (value == null) {
      throw new IllegalArgumentException("The value of header " + name + " is null");
    }
    if (name.chars().anyMatch(c -> c <= ' ' || c == ':' || c >= 0x7f)
        || value.chars().anyMatch(c -> c == '\r' || c == '\n')) {
      throw new IllegalArgumentException("Header " + name + " has a character HTTP does not allow in a header line");
    }
  }
}
