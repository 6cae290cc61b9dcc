package io.contactscontracts.mock.internal;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.interaction.ApiOperationResolver;
import com.atlassian.oai.validator.model.ApiOperation;
import com.atlassian.oai.validator.model.ApiOperationMatch;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One service's OpenAPI spec as the mock reads it at startup: routing, the API-key header, request and
 * response schemas, and the swagger-request-validator that checks requests and the mock's own responses.
 */
public final class SpecModel {
  private final String name;
  private final OpenAPI api;
  private final String basePath;
  private final ApiOperationResolver operations;
  private final OpenApiInteractionValidator validator;

  private SpecModel(String name, String yaml) {
    this.name = name;
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    options.setResolveFully(true); // schemas inlined: the body builder walks them without following $refs
    SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(yaml, null, options);
    if (parsed.getOpenAPI() == null || parsed.getOpenAPI().getPaths() == null) {
      throw new IllegalStateException("The " + name + " spec does not parse: " + parsed.getMessages());
    }
    this.api = parsed.getOpenAPI();
    this.basePath = basePathOf(api);
    this.operations = new ApiOperationResolver(api, basePath, false);
    this.validator = OpenApiInteractionValidator.createForInlineApiSpecification(yaml)
        .withResolveCombinators(true)
        .withLevelResolver(LevelResolver.create()
            // Unknown body fields are ignored by both services (see ServiceRules); responses stay strict.
            .withLevel("validation.request.body.schema.additionalProperties", ValidationReport.Level.IGNORE)
            // Neither service negotiates on Accept or rejects unknown query parameters.
            .withLevel("validation.request.accept", ValidationReport.Level.IGNORE)
            .withLevel("validation.request.parameter.query.unexpected", ValidationReport.Level.IGNORE)
            // The API key is checked by the mock itself, in the service's own error shape.
            .withLevel("validation.request.security", ValidationReport.Level.IGNORE)
            .build())
        .build();
  }

  public static SpecModel parse(String name, String yaml) {
    return new SpecModel(name, yaml);
  }

  public String name() {
    return name;
  }

  public OpenAPI api() {
    return api;
  }

  /** Path of the first server URL, e.g. {@code /api/v1}; empty when the spec has none. */
  public String basePath() {
    return basePath;
  }

  public OpenApiInteractionValidator validator() {
    return validator;
  }

  /** The operation a request path and method resolve to (path includes the base path). */
  public ApiOperationMatch find(String path, Request.Method method) {
    return operations.findApiOperation(path, method);
  }

  /** Name of the API-key header the spec's top-level security requires, or empty if it needs none. */
  public Optional<String> apiKeyHeader() {
    Operation none = new Operation();
    return apiKeyHeader(none);
  }

  /** Name of the API-key header the operation requires, or empty if it needs none. */
  public Optional<String> apiKeyHeader(Operation operation) {
    List<SecurityRequirement> requirements =
        operation.getSecurity() != null ? operation.getSecurity() : api.getSecurity();
    if (requirements == null || api.getComponents() == null || api.getComponents().getSecuritySchemes() == null) {
      return Optional.empty();
    }
    Map<String, SecurityScheme> schemes = api.getComponents().getSecuritySchemes();
    return requirements.stream()
        .flatMap(requirement -> requirement.keySet().stream())
        .map(schemes::get)
        .filter(s -> s != null && s.getType() == SecurityScheme.Type.APIKEY && s.getIn() == SecurityScheme.In.HEADER)
        .map(SecurityScheme::getName)
        .findFirst();
  }

  /** The JSON schema of the operation's request body, if it has one. */
  public Optional<Schema<?>> requestSchema(Operation operation) {
    if (operation.getRequestBody() == null || operation.getRequestBody().getContent() == null) {
      return Optional.empty();
    }
    return jsonMedia(operation.getRequestBody().getContent()).map(MediaType::getSchema);
  }

  /** The success response: the lowest declared 2xx status (200 if the spec declares only a default). */
  public DeclaredResponse successResponse(Operation operation) {
    Map<String, ApiResponse> sorted = new TreeMap<>(operation.getResponses());
    return sorted.entrySet().stream()
        .filter(e -> e.getKey().startsWith("2"))
        .findFirst()
        .map(e -> new DeclaredResponse(Integer.parseInt(e.getKey()), e.getValue()))
        .orElseGet(() -> new DeclaredResponse(200, operation.getResponses().get("default")));
  }

  /** The response the operation declares for exactly this status, if any. */
  public Optional<DeclaredResponse> declaredResponse(Operation operation, int status) {
    ApiResponse response = operation.getResponses().get(String.valueOf(status));
    return Optional.ofNullable(response).map(r -> new DeclaredResponse(status, r));
  }

  /** Whether the operation declares this status. */
  public boolean declares(ApiOperation operation, int status) {
    return operation.getOperation().getResponses().containsKey(String.valueOf(status));
  }

  static Optional<MediaType> jsonMedia(Map<String, MediaType> content) {
    if (content == null || content.isEmpty()) {
      return Optional.empty();
    }
    return content.entrySet().stream()
        .filter(e -> e.getKey().toLowerCase().contains("json"))
        .map(Map.Entry::getValue)
        .findFirst()
        .or(() -> content.values().stream().findFirst());
  }

  private static String basePathOf(OpenAPI api) {
    if (api.getServers() == null || api.getServers().isEmpty()) {
      return "";
    }
    String path = URI.create(api.getServers().get(0).getUrl()).getPath();
    if (path == null || path.equals("/")) {
      return "";
    }
    return path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
  }

  /** A response an operation declares, with its status. */
  public static final class DeclaredResponse {
    private final int status;
    private final ApiResponse response;

    DeclaredResponse(int status, ApiResponse response) {
      this.status = status;
      this.response = response;
    }

    public int status() {
      return status;
    }

    public ApiResponse response() {
      return response;
    }

    /** The declared media type, e.g. {@code application/json}; empty for a response without body. */
    public Optional<String> contentType() {
      if (response == null || response.getContent() == null || response.getContent().isEmpty()) {
        return Optional.empty();
      }
      return response.getContent().keySet().stream()
          .filter(type -> type.toLowerCase().contains("json"))
          .findFirst()
          .or(() -> response.getContent().keySet().stream().findFirst());
    }

    public Optional<Schema<?>> schema() {
      return response == null ? Optional.empty() : jsonMedia(response.getContent()).map(MediaType::getSchema);
    }

    /** The media-level example, if the spec gives one. */
    public Optional<Object> example() {
      return response == null ? Optional.empty()
          : jsonMedia(response.getContent()).map(MediaType::getExample);
    }
  }
}
