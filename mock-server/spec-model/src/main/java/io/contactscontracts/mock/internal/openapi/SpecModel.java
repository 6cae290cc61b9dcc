package io.contactscontracts.mock.internal.openapi;

import com.atlassian.oai.validator.interaction.ApiOperationResolver;
import com.atlassian.oai.validator.model.ApiOperation;
import com.atlassian.oai.validator.model.ApiOperationMatch;
import com.atlassian.oai.validator.model.Request;
import io.contactscontracts.specs.SpecFacts;
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
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * One service's OpenAPI spec as the mock reads it at startup: routing, the API-key header, request and
 * response schemas. The validators made from it live with whoever validates ({@code internal.validation}).
 */
public final class SpecModel {
  private final String name;
  private final OpenAPI api;
  private final String basePath;
  private final ApiOperationResolver operations;
  /** What each request needs to know about its operation, worked out once (by identity: Operation's hash is deep). */
  private final Map<Operation, OperationFacts> facts = new IdentityHashMap<>();
  /**
   * Operations found for a method and path, remembered: the resolver splits and compares every path of the spec
   * for each request (a fifth of the allocations under load). Bounded, so a client sending endless distinct
   * paths costs no memory; past the bound, paths are resolved each time, as before.
   */
  private final Map<String, ApiOperationMatch> matches = new ConcurrentHashMap<>();
  private static final int MAX_REMEMBERED_MATCHES = 1024;

  private record OperationFacts(Optional<String> apiKeyHeader, Optional<Schema<?>> requestSchema,
      DeclaredResponse successResponse) {}

  private SpecModel(String name, String yaml, String basePath) {
    this.name = name;
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    options.setResolveFully(true); // schemas inlined: the body builder walks them without following $refs
    SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(yaml, null, options);
    if (parsed.getOpenAPI() == null || parsed.getOpenAPI().getPaths() == null) {
      throw new InvalidSpecException(name + " is not an OpenAPI 3 document the mock can read: " + parsed.getMessages());
    }
    this.api = parsed.getOpenAPI();
    this.basePath = basePath;
    this.operations = new ApiOperationResolver(api, basePath, false);
    api.getPaths().values().forEach(item -> item.readOperations().forEach(operation -> facts.put(operation,
        new OperationFacts(findApiKeyHeader(operation), findRequestSchema(operation), findSuccessResponse(operation)))));
  }

  /**
   * @param basePath the path of the spec's server URL, as {@link SpecFacts#basePath()} reads it (one place
   *     works it out for every stage)
   */
  public static SpecModel parse(String name, String yaml, String basePath) {
    return new SpecModel(name, yaml, basePath);
  }

  /** The spec's model, its base path read by {@link SpecFacts}. */
  public static SpecModel parse(String name, String yaml) {
    return parse(name, yaml, SpecFacts.parse(name, yaml).basePath());
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

  /**
   * The operation a request path and method resolve to. The path must start with the base path: the
   * validator's resolver would also match {@code /contacts} for {@code /api/v1/contacts}, which the real
   * service answers 404, and a client with a wrong base URL must fail against the mock as well.
   */
  public ApiOperationMatch find(String path, Request.Method method) {
    if (!basePath.isEmpty() && !path.equals(basePath) && !path.startsWith(basePath + "/")) {
      return ApiOperationMatch.MISSING_PATH;
    }
    String key = method.name() + ' ' + path;
    ApiOperationMatch known = matches.get(key);
    if (known != null) {
      return known;
    }
    ApiOperationMatch match = operations.findApiOperation(path, method);
    if (matches.size() < MAX_REMEMBERED_MATCHES) {
      matches.put(key, match);
    }
    return match;
  }

  /** The operation with this {@code operationId}. */
  public Optional<Operation> operation(String operationId) {
    return facts.keySet().stream().filter(o -> operationId.equals(o.getOperationId())).findFirst();
  }

  /** Every {@code operationId}, for messages. */
  public List<String> operationIds() {
    return facts.keySet().stream().map(Operation::getOperationId).sorted().collect(Collectors.toList());
  }

  /** The names of the properties of the operation's request body schema. */
  public java.util.Set<String> requestProperties(Operation operation) {
    return requestSchema(operation).map(Schema::getProperties).map(p -> (java.util.Set<String>) p.keySet())
        .orElse(java.util.Set.of());
  }

  /**
   * The schema at {@code pointer} in the operation's success response (the resource it creates), if it is an
   * object schema with properties.
   */
  public Optional<Schema<?>> resourceSchema(Operation operation, String pointer) {
    Optional<Schema<?>> schema = successResponse(operation).schema();
    if (schema.isPresent() && !pointer.isEmpty()) {
      schema = SchemaTypes.at(schema.get(), List.of(pointer.substring(1).split("/")));
    }
    return schema.filter(s -> s.getProperties() != null && !s.getProperties().isEmpty());
  }

  /** The methods the spec declares for a path, for the {@code Allow} header of a 405. */
  public List<String> allowedMethods(String path) {
    return Arrays.stream(Request.Method.values())
        .filter(method -> find(path, method).isOperationAllowed())
        .map(Enum::name)
        .collect(Collectors.toList());
  }

  /** Name of the API-key header the spec's top-level security requires, or empty if it needs none. */
  public Optional<String> apiKeyHeader() {
    Operation none = new Operation();
    return apiKeyHeader(none);
  }

  /** Name of the API-key header the operation requires, or empty if it needs none. */
  public Optional<String> apiKeyHeader(Operation operation) {
    OperationFacts known = facts.get(operation);
    return known != null ? known.apiKeyHeader() : findApiKeyHeader(operation);
  }

  private Optional<String> findApiKeyHeader(Operation operation) {
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
    OperationFacts known = facts.get(operation);
    return known != null ? known.requestSchema() : findRequestSchema(operation);
  }

  private static Optional<Schema<?>> findRequestSchema(Operation operation) {
    if (operation.getRequestBody() == null || operation.getRequestBody().getContent() == null) {
      return Optional.empty();
    }
    return jsonMedia(operation.getRequestBody().getContent()).map(MediaType::getSchema);
  }

  /** The success response: the lowest declared 2xx status (200 if the spec declares only a default). */
  public DeclaredResponse successResponse(Operation operation) {
    OperationFacts known = facts.get(operation);
    return known != null ? known.successResponse() : findSuccessResponse(operation);
  }

  private static DeclaredResponse findSuccessResponse(Operation operation) {
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

  /** The statuses the operation declares, in ascending order, e.g. {@code [200, 201, 401, 422]}. */
  public List<Integer> declaredStatuses(Operation operation) {
    return operation.getResponses().keySet().stream().filter(code -> code.matches("[1-5][0-9][0-9]"))
        .map(Integer::valueOf).sorted().collect(Collectors.toList());
  }

  /** Whether the operation declares this status. */
  public boolean declares(ApiOperation operation, int status) {
    return operation.getOperation().getResponses().containsKey(String.valueOf(status));
  }

  public static Optional<MediaType> jsonMedia(Map<String, MediaType> content) {
    if (content == null || content.isEmpty()) {
      return Optional.empty();
    }
    return content.entrySet().stream()
        .filter(e -> e.getKey().toLowerCase().contains("json"))
        .map(Map.Entry::getValue)
        .findFirst()
        .or(() -> content.values().stream().findFirst());
  }

  /** A response an operation declares, with its status. */
  public static final class DeclaredResponse {
    private final int status;
    private final ApiResponse response;
    private final Optional<String> contentType;

    DeclaredResponse(int status, ApiResponse response) {
      this.status = status;
      this.response = response;
      this.contentType = declaredContentType(response);
    }

    public int status() {
      return status;
    }

    public ApiResponse response() {
      return response;
    }

    /** The declared media type, e.g. {@code application/json}; empty for a response without body. */
    public Optional<String> contentType() {
      return contentType;
    }

    private static Optional<String> declaredContentType(ApiResponse response) {
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
