package io.contactscontracts.client.internal;

import feign.Request;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Keeps credentials out of exceptions and logs: the API key's header and the usual credential headers. */
final class Redaction {
  /** What a credential header's value reads instead (documented in docs/clients.md). */
  static final String REDACTED = "<redacted>";

  private static final Set<String> CREDENTIAL_HEADERS = caseInsensitive(
      List.of("Authorization", "Proxy-Authorization", "Cookie", "Set-Cookie"));

  private Redaction() {}

  static boolean isSensitive(String header, String keyHeader) {
    return header != null && (header.equalsIgnoreCase(keyHeader) || CREDENTIAL_HEADERS.contains(header));
  }

  /** A copy of {@code request} whose credential headers read {@value #REDACTED}. */
  static Request redact(Request request, String keyHeader) {
    if (request == null || request.headers().keySet().stream().noneMatch(h -> isSensitive(h, keyHeader))) {
      return request;
    }
    Map<String, Collection<String>> headers = new LinkedHashMap<>();
    request.headers().forEach((header, values) ->
        headers.put(header, isSensitive(header, keyHeader) ? List.of(REDACTED) : values));
    return Request.create(request.httpMethod(), request.url(), headers, request.body(), request.charset(), null);
  }

  private static Set<String> caseInsensitive(List<String> names) {
    Set<String> set = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
    set.addAll(names);
    return set;
  }
}
