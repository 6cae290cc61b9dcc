package io.contactscontracts.mock.internal.emulation;

import io.contactscontracts.mock.internal.spec.SchemaTypes;

import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns swagger-request-validator's findings about a request into service-neutral {@link Violation}s. */
final class RequestViolations {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Pattern PATH_PREFIX = Pattern.compile("^\\[Path '[^']*'\\]\\s*");
  private static final Pattern MISSING_NAMES = Pattern.compile("\"([^\"]+)\"");

  private RequestViolations() {}

  /**
   * The violations in the report, most fundamental first: a body that is missing, not JSON or of the wrong
   * content type is reported alone, as the services stop there; field problems are reported together.
   */
  static List<Violation> of(ValidationReport report, Schema<?> requestSchema, byte[] body) {
    List<Violation> fields = new ArrayList<>();
    for (ValidationReport.Message message : report.getMessages()) {
      if (message.getLevel() != ValidationReport.Level.ERROR) {
        continue;
      }
      String key = message.getKey();
      if (key.startsWith("validation.request.contentType")) {
        return List.of(new Violation(Violation.Kind.WRONG_CONTENT_TYPE, List.of("body"), null, message.getMessage()));
      }
      if (key.equals("validation.request.body.missing")) {
        return List.of(new Violation(Violation.Kind.BODY_MISSING, List.of("body"), null, message.getMessage()));
      }
      if (key.endsWith("schema.invalidJson")) {
        return List.of(new Violation(Violation.Kind.MALFORMED_JSON, List.of("body", syntaxErrorOffset(body)), null,
            message.getMessage()));
      }
      fields.add(key.startsWith("validation.request.body.schema.")
          ? bodyViolation(key.substring("validation.request.body.schema.".length()), message, requestSchema)
          : otherViolation(message));
    }
    return fields;
  }

  private static Violation bodyViolation(String keyword, ValidationReport.Message message, Schema<?> schema) {
    String pointer = message.getContext().flatMap(c -> c.getPointers()).map(p -> p.getInstance()).orElse("");
    List<String> segments = pointer.isEmpty() || pointer.equals("/") ? List.of()
        : Arrays.asList(pointer.substring(1).split("/", -1));
    List<Object> location = location(schema, segments);
    Schema<?> expected = SchemaTypes.at(schema, segments).orElse(null);
    String detail = PATH_PREFIX.matcher(message.getMessage()).replaceFirst("");
    switch (keyword) {
      case "type":
        return new Violation(Violation.Kind.WRONG_TYPE, location, expected, detail);
      case "enum":
        return new Violation(Violation.Kind.NOT_IN_ENUM, location, expected, detail);
      case "required": {
        Matcher names = MISSING_NAMES.matcher(detail);
        if (names.find()) {
          List<Object> field = new ArrayList<>(location);
          field.add(names.group(1));
          List<String> fieldSegments = new ArrayList<>(segments);
          fieldSegments.add(names.group(1));
          return new Violation(Violation.Kind.REQUIRED_FIELD_MISSING, field,
              SchemaTypes.at(schema, fieldSegments).orElse(null), detail);
        }
        return new Violation(Violation.Kind.REQUIRED_FIELD_MISSING, location, expected, detail);
      }
      default:
        return new Violation(Violation.Kind.CONSTRAINT, location, expected, detail);
    }
  }

  /** A problem outside the body, e.g. with a query or header parameter of an operation added later. */
  private static Violation otherViolation(ValidationReport.Message message) {
    Optional<Parameter> parameter = message.getContext().flatMap(c -> c.getParameter());
    List<Object> location = parameter.<List<Object>>map(p -> List.of(p.getIn(), p.getName())).orElse(List.of("body"));
    Violation.Kind kind = message.getKey().endsWith(".missing")
        ? Violation.Kind.REQUIRED_FIELD_MISSING : Violation.Kind.CONSTRAINT;
    return new Violation(kind, location, parameter.map(p -> (Schema<?>) p.getSchema()).orElse(null),
        message.getMessage());
  }

  /** {@code ["body", "tags", 0]}: segments inside arrays become numbers, as FastAPI reports them. */
  private static List<Object> location(Schema<?> schema, List<String> segments) {
    List<Object> location = new ArrayList<>();
    location.add("body");
    for (int i = 0; i < segments.size(); i++) {
      String segment = segments.get(i).replace("~1", "/").replace("~0", "~");
      Optional<Schema<?>> parent = SchemaTypes.at(schema, segments.subList(0, i));
      boolean inArray = parent.map(p -> "array".equals(SchemaTypes.typeOf(p))).orElse(false);
      location.add(inArray && segment.matches("\\d+") ? (Object) Integer.valueOf(segment) : segment);
    }
    return location;
  }

  /** Character offset of the first JSON syntax error, as FastAPI reports it in {@code loc}. */
  private static int syntaxErrorOffset(byte[] body) {
    try {
      MAPPER.readTree(body);
      return 0;
    } catch (JsonProcessingException e) {
      return e.getLocation() == null ? 0 : (int) Math.max(0, e.getLocation().getCharOffset());
    } catch (IOException e) {
      return 0;
    }
  }
}
