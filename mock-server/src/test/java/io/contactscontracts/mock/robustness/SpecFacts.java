package io.contactscontracts.mock.robustness;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import io.contactscontracts.mock.MockService;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the robustness tests read from a service's spec: its operations and request schemas, the API-key
 * header, the status codes it declares for rejected requests, and a validator for the answers. Nothing here
 * restates a field list; a field added to a spec is fuzzed on the next run.
 */
final class SpecFacts {
  /** Statuses with a fixed meaning; the one other 4xx an operation declares is its validation failure. */
  private static final Set<Integer> NON_VALIDATION_4XX = Set.of(401, 403, 404, 405, 413, 415, 429);

  final MockService service;
  final OpenAPI api;
  final String basePath;
  final String keyHeader;
  final List<JsonOperation> operations;
  final OpenApiInteractionValidator validator;

  private SpecFacts(MockService service) {
    this.service = service;
    String yaml = service.spec().yaml();
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    options.setResolveFully(true);
    this.api = new OpenAPIV3Parser().readContents(yaml, null, options).getOpenAPI();
    io.contactscontracts.specs.SpecFacts facts = io.contactscontracts.specs.SpecFacts.of(service.spec());
    this.basePath = facts.basePath();
    this.keyHeader = facts.apiKeyHeader();
    this.operations = jsonOperations(api, basePath);
    this.validator = OpenApiInteractionValidator.createForInlineApiSpecification(yaml)
        .withResolveCombinators(true)
        // the answers are what is checked here; request-side findings are the point of the cases
        .withLevelResolver(LevelResolver.create().withLevel("validation.request", ValidationReport.Level.IGNORE).build())
        .build();
  }

  static SpecFacts of(MockService service) {
    return new SpecFacts(service);
  }

  /** An API key the mock accepts for this service: its sample key with a suffix, so tests get their own workspace. */
  String validKey(String suffix) {
    return service.sampleApiKey() + "_" + suffix;
  }

  /** A create-style operation: one whose request body is JSON. */
  static final class JsonOperation {
    final String method;
    /** Full path, base path included, e.g. {@code /api/v1/contacts}. */
    final String path;
    final Operation operation;
    final Schema<?> requestSchema;
    /** The statuses the operation declares. */
    final Set<Integer> declared;

    JsonOperation(String method, String path, Operation operation, Schema<?> requestSchema) {
      this.method = method;
      this.path = path;
      this.operation = operation;
      this.requestSchema = requestSchema;
      this.declared = operation.getResponses().keySet().stream()
          .filter(code -> code.matches("\\d{3}"))
          .map(Integer::valueOf)
          .collect(Collectors.toSet());
    }

    /** The status of a valid request: the lowest declared 2xx, as the mock answers it. */
    int successStatus() {
      return declared.stream().filter(s -> s >= 200 && s < 300).sorted().findFirst()
          .orElseThrow(() -> new IllegalStateException(method + " " + path + " declares no 2xx"));
    }

    /** The status of a request-validation failure: the only declared 4xx without a fixed meaning. */
    int validationStatus() {
      List<Integer> candidates = declared.stream()
          .filter(s -> s >= 400 && s < 500 && !NON_VALIDATION_4XX.contains(s))
          .sorted()
          .collect(Collectors.toList());
      if (candidates.size() != 1) {
        throw new IllegalStateException(method + " " + path + " declares " + candidates
            + " as validation statuses; the robustness suite expects exactly one");
      }
      return candidates.get(0);
    }

    /** The status for a status with a fixed meaning, checked to be declared so a spec change is noticed. */
    int declaredStatus(int status) {
      if (!declared.contains(status)) {
        throw new IllegalStateException(method + " " + path + " does not declare " + status + " any more");
      }
      return status;
    }

    @Override
    public String toString() {
      return method + " " + path;
    }
  }

  private static List<JsonOperation> jsonOperations(OpenAPI api, String basePath) {
    List<JsonOperation> found = new ArrayList<>();
    for (Map.Entry<String, PathItem> path : api.getPaths().entrySet()) {
      for (Map.Entry<PathItem.HttpMethod, Operation> op : path.getValue().readOperationsMap().entrySet()) {
        Operation operation = op.getValue();
        if (operation.getRequestBody() == null || operation.getRequestBody().getContent() == null) {
          continue;
        }
        MediaType json = operation.getRequestBody().getContent().get("application/json");
        if (json != null && json.getSchema() != null) {
          found.add(new JsonOperation(op.getKey().name(), basePath + path.getKey(), operation, json.getSchema()));
        }
      }
    }
    if (found.isEmpty()) {
      throw new IllegalStateException("The spec has no operation with a JSON request body to fuzz");
    }
    return List.copyOf(found);
  }

  /** Every path the spec serves, base path included, and the methods it declares there. */
  Map<String, Set<String>> declaredMethods() {
    return api.getPaths().entrySet().stream().collect(Collectors.toMap(
        e -> basePath + e.getKey(),
        e -> e.getValue().readOperationsMap().keySet().stream().map(Enum::name).collect(Collectors.toSet())));
  }
}
