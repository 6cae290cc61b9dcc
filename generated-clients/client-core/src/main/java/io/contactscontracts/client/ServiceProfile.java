package io.contactscontracts.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
 * What differs between the services for the shared client behaviour: name, the generated code and the
 * facts of the spec it carries (key header, key prefixes, production URL), and how to read the error
 * body. Each client module defines one; users never need it.
 */
public final class ServiceProfile {
  static final String REDACTED = "<redacted>";

  private final String name;
  private final Class<?> entryPoint;
  private final GeneratedClient generated;
  private final String keyHeader;
  private final List<String> keyPrefixes;
  private final ErrorBodyReader errorReader;
  /** Reads error bodies only; a configured ObjectMapper is thread-safe. */
  private final ObjectMapper errorMapper;
  private final Set<String> sensitiveHeaders;

  private ServiceProfile(String name, Class<?> entryPoint, GeneratedClient generated, ErrorBodyReader errorReader) {
    this.name = Objects.requireNonNull(name, "name");
    this.entryPoint = Objects.requireNonNull(entryPoint, "entryPoint");
    this.generated = Objects.requireNonNull(generated, "generated");
    this.keyHeader = Objects.requireNonNull(generated.keyHeader(), "keyHeader");
    this.keyPrefixes = List.copyOf(generated.keyPrefixes());
    this.errorReader = Objects.requireNonNull(errorReader, "errorReader");
    this.errorMapper = generated.newObjectMapper();
    TreeSet<String> sensitive = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
    sensitive.addAll(List.of(keyHeader, "Authorization", "Proxy-Authorization", "Cookie", "Set-Cookie"));
    this.sensitiveHeaders = Collections.unmodifiableSet(sensitive);
  }

  /**
   * @param name the service's name as users know it, e.g. {@code Kejue}
   * @param entryPoint the client class users build (names the logger and appears in hints)
   * @param generated the client's generated code, with the facts of its spec
   * @param errorReader reads the service's error body format
   */
  public static ServiceProfile of(String name, Class<?> entryPoint, GeneratedClient generated,
      ErrorBodyReader errorReader) {
    return new ServiceProfile(name, entryPoint, generated, errorReader);
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

  GeneratedClient generated() {
    return generated;
  }

  /** e.g. {@code live_… or test_…} */
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

  /** The longest plain-text error body read as the service's message (Starlette's 500 is 21 characters). */
  private static final int MAX_PLAIN_MESSAGE = 200;

  /**
   * Reads the error body; anything unreadable or in another shape is {@link ServiceError#none()}. A short
   * one-line {@code text/plain} body (what Starlette answers an unhandled error with) is the message itself.
   */
  ServiceError readError(byte[] body, String contentType) {
    if (body == null || body.length == 0) {
      return ServiceError.none();
    }
    if (contentType != null && contentType.toLowerCase(java.util.Locale.ROOT).startsWith("text/plain")) {
      String text = new String(body, java.nio.charset.StandardCharsets.UTF_8).trim();
      return !text.isEmpty() && text.length() <= MAX_PLAIN_MESSAGE && text.indexOf('\n') < 0
          ? ServiceError.of(text) : ServiceError.none();
    }
    try {
      JsonNode tree = errorMapper.readTree(body);
      return tree != null && tree.isObject()
          ? errorReader.read(tree, errorMapper).orElse(ServiceError.none())
          : ServiceError.none();
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
