package io.contactscontracts.mock.internal.validation;

import io.contactscontracts.mock.internal.openapi.SchemaTypes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.networknt.schema.JsonSchema;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Checks a request against one operation of the spec: its parameters (path, query, header), its Content-Type
 * and its JSON body. Every schema is compiled once, when the validator is made at start-up; a request only runs
 * the prepared checks. Findings come back as {@link Violation}s, most fundamental first: a wrong Content-Type
 * or a missing body alone (the services stop there), otherwise every problem with the parameters and the body.
 */
public final class RequestValidator {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final List<ParameterCheck> parameters;
  private final List<String> pathTemplate;
  private final Content content;
  private final boolean bodyRequired;
  private final Schema<?> bodySchema;
  private final JsonSchema body;
  private final boolean strict;

  /** A declared parameter and its compiled schema. */
  private record ParameterCheck(Parameter parameter, JsonSchema schema) {}

  private RequestValidator(String pathTemplate, Operation operation, boolean strict) {
    this.strict = strict;
    this.pathTemplate = segments(pathTemplate);
    this.parameters = new ArrayList<>();
    if (operation.getParameters() != null) {
      for (Parameter parameter : operation.getParameters()) {
        if (parameter.getSchema() != null && !"cookie".equals(parameter.getIn())) {
          parameters.add(new ParameterCheck(parameter, OpenApiSchemas.compile(parameter.getSchema())));
        }
      }
    }
    this.content = operation.getRequestBody() == null ? null : operation.getRequestBody().getContent();
    this.bodyRequired = operation.getRequestBody() != null && Boolean.TRUE.equals(operation.getRequestBody().getRequired());
    this.bodySchema = content == null ? null : content.entrySet().stream()
        .filter(e -> e.getKey().toLowerCase(Locale.ROOT).contains("json"))
        .map(e -> e.getValue().getSchema())
        .findFirst().orElse(null);
    this.body = bodySchema == null ? null : OpenApiSchemas.compile(bodySchema, strict);
  }

  /**
   * @param pathTemplate the operation's path as the spec writes it, e.g. {@code /contacts/{contact_id}}
   * @param operation the operation, with its schemas resolved
   */
  public static RequestValidator of(String pathTemplate, Operation operation) {
    return of(pathTemplate, operation, false);
  }

  /** The same; {@code strict}: see {@link OperationValidators#strict}. */
  static RequestValidator of(String pathTemplate, Operation operation, boolean strict) {
    return new RequestValidator(pathTemplate, operation, strict);
  }

  /** What the validator needs of a request. */
  public interface Input {
    /** The request path (the base path before the operation's path does not matter). */
    String path();

    /** Values of a query parameter, empty when absent. */
    List<String> query(String name);

    /** Values of a header (name case-insensitive), empty when absent. */
    List<String> header(String name);

    /** The body as the JSON read from it, or null when the request has none. */
    JsonNode body();
  }

  public List<Violation> validate(Input request) {
    List<String> contentType = request.body() == null ? request.header("Content-Type") : List.of();
    if (!contentType.isEmpty() && content != null && !MediaTypes.accepts(content.keySet(), contentType.get(0))) {
      return List.of(new Violation(Violation.Kind.WRONG_CONTENT_TYPE, List.of("body"), null,
          "Content-Type " + contentType.get(0) + " is not one of " + content.keySet()));
    }
    if (request.body() == null && bodyRequired) {
      return List.of(new Violation(Violation.Kind.BODY_MISSING, List.of("body"), null, "A request body is required"));
    }
    List<Violation> violations = new ArrayList<>();
    for (ParameterCheck check : parameters) {
      violations.addAll(validate(check, request));
    }
    if (request.body() != null && body != null) {
      violations.addAll(SchemaViolations.of(body.validate(request.body()), bodySchema, List.of("body"), strict));
    }
    return violations;
  }

  private List<Violation> validate(ParameterCheck check, Input request) {
    Parameter parameter = check.parameter();
    List<String> values = values(parameter, request);
    List<Object> location = List.of(parameter.getIn(), parameter.getName());
    if (values.isEmpty()) {
      return Boolean.TRUE.equals(parameter.getRequired())
          ? List.of(new Violation(Violation.Kind.REQUIRED_FIELD_MISSING, location, parameter.getSchema(),
              "The " + parameter.getIn() + " parameter '" + parameter.getName() + "' is required"))
          : List.of();
    }
    JsonNode value = typed(parameter.getSchema(), values);
    // a parameter's problems are reported at the parameter, whatever keyword found them
    return SchemaViolations.of(check.schema().validate(value), parameter.getSchema(), location).stream()
        .map(v -> new Violation(Violation.Kind.CONSTRAINT, location, parameter.getSchema(), v.detail()))
        .toList();
  }

  private List<String> values(Parameter parameter, Input request) {
    switch (parameter.getIn()) {
      case "query":
        return request.query(parameter.getName());
      case "header":
        return request.header(parameter.getName());
      case "path":
        return pathValue(parameter.getName(), request.path()).map(List::of).orElse(List.of());
      default:
        return List.of();
    }
  }

  /** The path segment at the parameter's place in the template, counted from the end (the base path varies). */
  private Optional<String> pathValue(String name, String path) {
    List<String> actual = segments(path);
    int index = pathTemplate.indexOf("{" + name + "}");
    int fromEnd = pathTemplate.size() - index;
    if (index < 0 || actual.size() < fromEnd) {
      return Optional.empty();
    }
    // a path segment is percent-encoded, and a plus sign in it is a plus sign
    return Optional.of(URLDecoder.decode(actual.get(actual.size() - fromEnd).replace("+", "%2B"), StandardCharsets.UTF_8));
  }

  private static List<String> segments(String path) {
    return Arrays.stream(path.split("/")).filter(s -> !s.isEmpty()).toList();
  }

  /**
   * A parameter's text as the JSON value its schema describes (form style: an array's items comma-separated or
   * repeated); text that is not a number or boolean where one is declared stays text, so the type check fails.
   */
  private static JsonNode typed(Schema<?> schema, List<String> values) {
    String type = SchemaTypes.typeOf(schema);
    if ("array".equals(type)) {
      ArrayNode items = NODES.arrayNode();
      List<String> split = values.size() == 1 ? Arrays.asList(values.get(0).split(",", -1)) : values;
      split.forEach(v -> items.add(scalar(schema.getItems(), v)));
      return items;
    }
    return scalar(schema, values.get(0));
  }

  private static JsonNode scalar(Schema<?> schema, String text) {
    String type = SchemaTypes.typeOf(schema);
    try {
      switch (type) {
        case "integer":
          return NODES.numberNode(new BigInteger(text));
        case "number":
          return NODES.numberNode(new BigDecimal(text));
        case "boolean":
          return text.equals("true") || text.equals("false") ? NODES.booleanNode(Boolean.parseBoolean(text))
              : NODES.textNode(text);
        default:
          return NODES.textNode(text);
      }
    } catch (NumberFormatException e) {
      return NODES.textNode(text);
    }
  }
}
