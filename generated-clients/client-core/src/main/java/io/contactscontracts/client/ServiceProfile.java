package io.contactscontracts.client;

import feign.Request;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What differs between the services for the shared client behaviour: name, key header and key format,
 * and how to read the error body. Each client module defines one; users never need it.
 */
public final class ServiceProfile {
  static final String REDACTED = "<redacted>";

  private final String name;
  private final Class<?> entryPoint;
  private final String keyHeader;
  private final List<String> keyPrefixes;
  private final ErrorBodyReader errorReader;
  private final Set<String> sensitiveHeaders;

  private ServiceProfile(String name, Class<?> entryPoint, String keyHeader, List<String> keyPrefixes,
      ErrorBodyReader errorReader) {
    this.name = Objects.requireNonNull(name, "name");
    this.entryPoint = Objects.requireNonNull(entryPoint, "entryPoint");
    this.keyHeader = Objects.requireNonNull(keyHeader, "keyHeader");
    this.keyPrefixes = List.copyOf(keyPrefixes);
    this.errorReader = Objects.requireNonNull(errorReader, "errorReader");
    TreeSet<String> sensitive = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
    sensitive.addAll(List.of(keyHeader, "Authorization", "Proxy-Authorization", "Cookie", "Set-Cookie"));
    this.sensitiveHeaders = Collections.unmodifiableSet(sensitive);
  }

  /**
   * @param name the service's name as users know it, e.g. {@code Kejue}
   * @param entryPoint the client class users build (names the logger and appears in hints)
   * @param keyHeader the header that carries the API key, as the spec names it
   * @param keyPrefixes the documented prefixes of valid keys
   * @param errorReader reads the service's error body format
   */
  public static ServiceProfile of(String name, Class<?> entryPoint, String keyHeader, List<String> keyPrefixes,
      ErrorBodyReader errorReader) {
    return new ServiceProfile(name, entryPoint, keyHeader, keyPrefixes, errorReader);
  }

  public String name() {
    return name;
  }

  public String keyHeader() {
    return keyHeader;
  }

  public List<String> keyPrefixes() {
    return keyPrefixes;
  }

  /** {@code kej_live_… or kej_test_…} */
  String keyPrefixesText() {
    return keyPrefixes.stream().map(p -> p + "…").collect(Collectors.joining(" or "));
  }

  /** {@code KejueClient.builder()} */
  String builderHint() {
    return entryPoint.getSimpleName() + ".builder()";
  }

  Logger logger() {
    return LoggerFactory.getLogger(entryPoint);
  }

  boolean isSensitiveHeader(String header) {
    return header != null && sensitiveHeaders.contains(header);
  }

  /** Reads the error body; anything unreadable or in another shape is {@link ServiceError#none()}. */
  ServiceError readError(byte[] body) {
    if (body == null || body.length == 0) {
      return ServiceError.none();
    }
    try {
      return errorReader.read(body).orElse(ServiceError.none());
    } catch (Exception notInTheServiceFormat) {
      return ServiceError.none();
    }
  }

  /** A copy of {@code request} whose credential headers read {@value #REDACTED}. */
  Request redact(Request request) {
    if (request == null || request.headers().keySet().stream().noneMatch(this::isSensitiveHeader)) {
      return request;
    }
    Map<String, Collection<String>> headers = new LinkedHashMap<>();
    request.headers().forEach((header, values) ->
        headers.put(header, isSensitiveHeader(header) ? List.of(REDACTED) : values));
    return Request.create(request.httpMethod(), request.url(), headers, request.body(), request.charset(), null);
  }
}
