package io.contactscontracts.contracts;

import io.contactscontracts.specs.ApiSpec;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.net.URI;
import java.util.EnumMap;
import java.util.Map;

/**
 * Facts the contract tests read from a service's OpenAPI spec (through {@link ApiSpec}) instead of
 * restating them: base URL, base path, key header, operation paths, id patterns.
 */
public final class SpecFacts {

  private static final Map<ApiSpec, SpecFacts> CACHE = new EnumMap<>(ApiSpec.class);

  private final ApiSpec spec;
  private final OpenAPI api;

  private SpecFacts(ApiSpec spec) {
    this.spec = spec;
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
    if (api.getServers() == null || api.getServers().isEmpty()) {
      throw new IllegalStateException(spec.classpathLocation() + " declares no servers");
    }
    return api.getServers().get(0).getUrl();
  }

  /** The path part of {@link #productionBaseUrl()}, e.g. {@code /api/v1}. */
  public String basePath() {
    String path = URI.create(productionBaseUrl()).getPath();
    return path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
  }

  /** Name of the header that carries the API key, e.g. {@code X-API-Key}. */
  public String apiKeyHeader() {
    return api.getComponents().getSecuritySchemes().values().stream()
        .filter(s -> s.getType() == SecurityScheme.Type.APIKEY && s.getIn() == SecurityScheme.In.HEADER)
        .map(SecurityScheme::getName)
        .findFirst()
        .orElseThrow(() -> new IllegalStateException(spec.classpathLocation() + " has no API-key header scheme"));
  }

  /** Path of an operation relative to the base path, e.g. {@code /contacts} for {@code createContact}. */
  public String operationPath(String operationId) {
    for (Map.Entry<String, PathItem> path : api.getPaths().entrySet()) {
      for (Operation operation : path.getValue().readOperations()) {
        if (operationId.equals(operation.getOperationId())) {
          return path.getKey();
        }
      }
    }
    throw new IllegalArgumentException(spec.classpathLocation() + " has no operation " + operationId);
  }

  /** Full request path of an operation, base path included, e.g. {@code /api/v1/contacts}. */
  public String requestPath(String operationId) {
    return basePath() + operationPath(operationId);
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
