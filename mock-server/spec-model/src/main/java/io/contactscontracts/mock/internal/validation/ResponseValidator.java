package io.contactscontracts.mock.internal.validation;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.ValidationMessage;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Checks the mock's own responses to one operation against the spec: the status is declared, the Content-Type is
 * one the response declares, required headers are there and the JSON body matches the response's schema (strictly:
 * a member the schema does not declare is a finding when the schema says so). Schemas are compiled once, when the
 * validator is made at start-up. Each finding is one line, {@code validation.response.<what>: <where>: <why>}; with
 * {@link OperationValidators#strict} every undeclared member is a finding.
 */
public final class ResponseValidator {
  private final Map<String, Declared> byStatus = new HashMap<>();

  /** A declared response, its JSON schema compiled. */
  private record Declared(ApiResponse response, JsonSchema schema) {}

  /**
   * One way a response breaks the spec.
   *
   * @param key what kind of finding, e.g. {@code validation.response.body.schema.type}; the last part of a body
   *     schema finding is the JSON Schema keyword that failed
   * @param location where in the body, as a JSON pointer ({@code /data/client/id}, {@code /} for the body
   *     itself); empty for findings about the status, the headers or the body as a whole
   * @param detail why
   */
  public record Finding(String key, String location, String detail) {
    /** {@code <key>: [<location>: ]<detail>}, one line. */
    @Override
    public String toString() {
      return key + ": " + (location.isEmpty() ? "" : location + ": ") + detail;
    }
  }

  private ResponseValidator(Operation operation, boolean strict) {
    if (operation.getResponses() != null) {
      operation.getResponses().forEach((status, response) -> byStatus.put(status, new Declared(response,
          jsonSchema(response, strict))));
    }
  }

  public static ResponseValidator of(Operation operation) {
    return of(operation, false);
  }

  /** The same; {@code strict}: see {@link OperationValidators#strict}. */
  static ResponseValidator of(Operation operation, boolean strict) {
    return new ResponseValidator(operation, strict);
  }

  private static JsonSchema jsonSchema(ApiResponse response, boolean strict) {
    if (response.getContent() == null) {
      return null;
    }
    return response.getContent().entrySet().stream()
        .filter(e -> e.getKey().toLowerCase(Locale.ROOT).contains("json"))
        .map(Map.Entry::getValue)
        .map(MediaType::getSchema)
        .filter(schema -> schema != null)
        .findFirst()
        .map(schema -> OpenApiSchemas.compile(schema, strict))
        .orElse(null);
  }

  /**
   * @param headers values of a response header by name (case-insensitive); empty when absent
   * @param body the JSON body, or null when the response has none
   * @return the findings, one line each ({@link Finding#toString()}); empty when the response matches the spec
   */
  public List<String> validate(int status, Function<String, List<String>> headers, JsonNode body) {
    return findings(status, headers, body).stream().map(Finding::toString).toList();
  }

  /** The same findings, with their parts apart. */
  public List<Finding> findings(int status, Function<String, List<String>> headers, JsonNode body) {
    Declared declared = byStatus.getOrDefault(String.valueOf(status), byStatus.get("default"));
    if (declared == null) {
      return List.of(new Finding("validation.response.status.unknown", "",
          status + " is not a status the operation declares " + byStatus.keySet()));
    }
    List<Finding> problems = new ArrayList<>();
    if (declared.response().getHeaders() != null) {
      declared.response().getHeaders().forEach((name, header) -> {
        if (Boolean.TRUE.equals(header.getRequired()) && headers.apply(name).isEmpty()) {
          problems.add(new Finding("validation.response.header.missing", "", name + ": required by the spec"));
        }
      });
    }
    boolean declaresBody = declared.response().getContent() != null && !declared.response().getContent().isEmpty();
    if (body == null) {
      if (declaresBody && declared.schema() != null) {
        problems.add(new Finding("validation.response.body.missing", "", "the spec declares a body for " + status));
      }
      return problems;
    }
    if (!declaresBody) {
      problems.add(new Finding("validation.response.body.unexpected", "", "the spec declares no body for " + status));
      return problems;
    }
    List<String> contentType = headers.apply("Content-Type");
    if (contentType.isEmpty() || !MediaTypes.accepts(declared.response().getContent().keySet(), contentType.get(0))) {
      problems.add(new Finding("validation.response.contentType.notAllowed", "", contentType + " is not one of "
          + declared.response().getContent().keySet()));
    }
    if (declared.schema() != null) {
      declared.schema().validate(body).stream()
          .sorted(Comparator.comparing(ValidationMessage::getInstanceLocation))
          .forEach(m -> problems.add(new Finding("validation.response.body.schema." + m.getType(),
              m.getInstanceLocation().getNameCount() == 0 ? "/" : m.getInstanceLocation().toString(), m.getError())));
    }
    return problems;
  }
}
