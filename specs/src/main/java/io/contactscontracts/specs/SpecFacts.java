package io.contactscontracts.specs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The few facts of a service's spec that every stage needs before it needs the whole spec: where the API
 * lives (base URL and path), how a key is sent (header name, prefixes a key starts with) and which
 * operations there are. Read from the YAML, never restated: change the spec and every stage follows.
 *
 * <pre>{@code
 * SpecFacts kejue = SpecFacts.of(ApiSpec.KEJUE);
 * kejue.apiKeyHeader();                                 // "X-API-Key"
 * kejue.requestPath(kejue.operation("createContact"));  // "/api/v1/contacts"
 * }</pre>
 */
public final class SpecFacts {
  /** The vendor extension on the API-key security scheme that lists the prefixes a key starts with. */
  public static final String KEY_PREFIXES_EXTENSION = "x-key-prefixes";

  private static final YAMLMapper YAML = new YAMLMapper();
  private static final List<String> METHODS = List.of("get", "put", "post", "delete", "options", "head", "patch",
      "trace");
  private static final Map<ApiSpec, SpecFacts> PACKAGED = Collections.synchronizedMap(new EnumMap<>(ApiSpec.class));

  private final String source;
  private final String productionBaseUrl;
  private final String basePath;
  private final String apiKeyHeader;
  private final List<String> keyPrefixes;
  private final List<Operation> operations;

  private SpecFacts(String source, JsonNode api) {
    this.source = source;
    this.productionBaseUrl = text(api.at("/servers/0/url"), "/servers/0/url");
    this.basePath = basePathOf(productionBaseUrl);
    JsonNode scheme = apiKeyScheme(api);
    this.apiKeyHeader = scheme.path("name").asText();
    List<String> prefixes = new ArrayList<>();
    scheme.path(KEY_PREFIXES_EXTENSION).forEach(prefix -> prefixes.add(prefix.asText()));
    this.keyPrefixes = List.copyOf(prefixes);
    this.operations = operationsOf(api);
  }

  /** The facts of a spec packaged in this jar (read once). */
  public static SpecFacts of(ApiSpec spec) {
    return PACKAGED.computeIfAbsent(spec, s -> parse(s.classpathLocation(), s.yaml()));
  }

  /**
   * The facts of a spec's YAML text, e.g. a user's edited copy.
   *
   * @param source where the text comes from (a file name), for error messages
   * @throws IllegalArgumentException if the text is not YAML or lacks a fact, saying which and where
   */
  public static SpecFacts parse(String source, String yaml) {
    Objects.requireNonNull(source, "source");
    JsonNode api;
    try {
      api = YAML.readTree(Objects.requireNonNull(yaml, "yaml"));
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(source + " is not valid YAML: " + e.getOriginalMessage(), e);
    }
    return of(source, api);
  }

  /**
   * The facts of a spec already read as a tree (YAML or JSON), for callers that read it for more than its facts.
   *
   * @param source where the tree comes from, for error messages
   * @throws IllegalArgumentException if the tree lacks a fact, saying which and where
   */
  public static SpecFacts of(String source, JsonNode api) {
    Objects.requireNonNull(source, "source");
    if (api == null || !api.isObject()) {
      throw new IllegalArgumentException(source + " is not an OpenAPI document (expected a YAML mapping)");
    }
    return new SpecFacts(source, api);
  }

  /** Where the spec was read from, e.g. {@code openapi/kejue.yaml}. */
  public String source() {
    return source;
  }

  /** The first {@code servers} URL, e.g. {@code https://api.kejue.co/api/v1}. */
  public String productionBaseUrl() {
    return productionBaseUrl;
  }

  /** The path of {@link #productionBaseUrl()} without a trailing slash, e.g. {@code /api/v1}; may be empty. */
  public String basePath() {
    return basePath;
  }

  /** The header that carries the API key, e.g. {@code X-API-Key}. */
  public String apiKeyHeader() {
    return apiKeyHeader;
  }

  /** The prefixes a key starts with ({@value #KEY_PREFIXES_EXTENSION}), e.g. {@code [key_live_, key_test_]}. */
  public List<String> keyPrefixes() {
    return keyPrefixes;
  }

  /**
   * A key with the spec's last-listed prefix (specs list live prefixes before test ones), for samples and
   * banners, e.g. {@code <prefix>sample}.
   */
  public String sampleKey() {
    return (keyPrefixes.isEmpty() ? "" : keyPrefixes.get(keyPrefixes.size() - 1)) + "sample";
  }

  /** Every operation, in the spec's order. */
  public List<Operation> operations() {
    return operations;
  }

  /** The operation with this {@code operationId}. */
  public Operation operation(String operationId) {
    return operations.stream().filter(o -> o.id().equals(operationId)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException(source + " has no operation " + operationId
            + "; it has " + operations.stream().map(Operation::id).collect(Collectors.toList())));
  }

  /** The path a request for the operation goes to, base path included, e.g. {@code /api/v1/contacts}. */
  public String requestPath(Operation operation) {
    return basePath + operation.path();
  }

  /** An operation: its id, HTTP method (upper case) and path relative to the base path. */
  public static final class Operation {
    private final String id;
    private final String method;
    private final String path;

    Operation(String id, String method, String path) {
      this.id = id;
      this.method = method;
      this.path = path;
    }

    /** The {@code operationId}, e.g. {@code createContact}. */
    public String id() {
      return id;
    }

    /** The HTTP method in upper case, e.g. {@code POST}. */
    public String method() {
      return method;
    }

    /** The path relative to the base path, e.g. {@code /contacts}. */
    public String path() {
      return path;
    }

    @Override
    public String toString() {
      return id + " (" + method + " " + path + ")";
    }
  }

  private JsonNode apiKeyScheme(JsonNode api) {
    Iterator<Map.Entry<String, JsonNode>> schemes = api.at("/components/securitySchemes").fields();
    while (schemes.hasNext()) {
      JsonNode scheme = schemes.next().getValue();
      if ("apiKey".equals(scheme.path("type").asText()) && "header".equals(scheme.path("in").asText())) {
        return scheme;
      }
    }
    throw new IllegalArgumentException(source + " has no API-key security scheme in a header "
        + "(/components/securitySchemes/*: type apiKey, in header)");
  }

  private List<Operation> operationsOf(JsonNode api) {
    List<Operation> found = new ArrayList<>();
    Iterator<Map.Entry<String, JsonNode>> paths = api.path("paths").fields();
    while (paths.hasNext()) {
      Map.Entry<String, JsonNode> path = paths.next();
      for (String method : METHODS) {
        JsonNode operation = path.getValue().get(method);
        if (operation != null) {
          String upper = method.toUpperCase(Locale.ROOT);
          String id = operation.path("operationId").asText(upper + " " + path.getKey());
          found.add(new Operation(id, upper, path.getKey()));
        }
      }
    }
    return List.copyOf(found);
  }

  private String text(JsonNode node, String pointer) {
    if (!node.isTextual() || node.asText().isBlank()) {
      throw new IllegalArgumentException(source + " has no " + pointer + " (expected the production base URL)");
    }
    return node.asText();
  }

  private static String basePathOf(String url) {
    String path = URI.create(url).getPath();
    if (path == null || path.equals("/")) {
      return "";
    }
    return path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
  }
}
