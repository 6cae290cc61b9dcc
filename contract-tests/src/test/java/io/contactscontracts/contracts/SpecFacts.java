package io.contactscontracts.contracts;

import io.contactscontracts.specs.ApiSpec;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.util.EnumMap;
import java.util.Map;

/**
 * Facts the contract tests read from a service's spec: where the API lives, the key header and operation
 * paths come from the specs module's {@link io.contactscontracts.specs.SpecFacts}; the schema patterns
 * (id shapes) from the parsed spec.
 */
public final class SpecFacts {

  private static final Map<ApiSpec, SpecFacts> CACHE = new EnumMap<>(ApiSpec.class);

  private final ApiSpec spec;
  private final io.contactscontracts.specs.SpecFacts facts;
  private final OpenAPI api;

  private SpecFacts(ApiSpec spec) {
    this.spec = spec;
    this.facts = io.contactscontracts.specs.SpecFacts.of(spec);
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    SwaggerParseResult result = new OpenAPIV3Parser().readContents(spec.yaml(), null, options);
    if (result.getOpenAPI() == null) {
      throw new IllegalStateException("Cannot parse " + spec.classpathLocation() + ": " + result.getMessages());
    }
    this.api = result.getOpenAPI();
  }

  public static synchronized SpecFacts of(ApiSpec spec) {
    return CACHE.computeIfAbsent(spec, SpecFacts::new);
  }

  public ApiSpec spec() {
    return spec;
  }

  /** The first {@code servers} URL, e.g. {@code https://api.kejue.co/api/v1}. */
  public String productionBaseUrl() {
    return facts.productionBaseUrl();
  }

  /** The path part of {@link #productionBaseUrl()}, e.g. {@code /api/v1}. */
  public String basePath() {
    return facts.basePath();
  }

  /** Name of the header that carries the API key, e.g. {@code X-API-Key}. */
  public String apiKeyHeader() {
    return facts.apiKeyHeader();
  }

  /** Path of an operation relative to the base path, e.g. {@code /contacts} for {@code createContact}. */
  public String operationPath(String operationId) {
    return facts.operation(operationId).path();
  }

  /** Full request path of an operation, base path included, e.g. {@code /api/v1/contacts}. */
  public String requestPath(String operationId) {
    return facts.requestPath(facts.operation(operationId));
  }

  /**
   * The operation's lowest declared 2xx status: the example status of a pact that accepts any success, so
   * that tools which read only the example (PactFlow's comparator) find a status the spec declares.
   */
  public int successStatus(String operationId) {
    return api.getPaths().values().stream()
        .flatMap(item -> item.readOperations().stream())
        .filter(operation -> operationId.equals(operation.getOperationId()))
        .flatMap(operation -> operation.getResponses().keySet().stream())
        .filter(code -> code.matches("2\\d\\d"))
        .map(Integer::valueOf).sorted().findFirst()
        .orElseThrow(() -> new IllegalStateException(spec.classpathLocation() + " declares no 2xx for " + operationId));
  }

  /** The {@code pattern} of a property of a component schema, e.g. {@code ^[0-9a-f]{24}$}. */
  public String propertyPattern(String schemaName, String property) {
    Schema<?> schema = api.getComponents().getSchemas().get(schemaName);
    if (schema == null || schema.getProperties() == null || !schema.getProperties().containsKey(property)) {
      throw new IllegalArgumentException(spec.classpathLocation() + " has no property " + schemaName + "." + property);
    }
    String pattern = schema.getProperties().get(property).getPattern();
    if (pattern == null) {
      throw new IllegalStateException(schemaName + "." + property + " declares no pattern");
    }
    return pattern;
  }
}
