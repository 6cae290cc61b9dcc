package io.contactscontracts.mock.internal.emulation;

import io.contactscontracts.mock.internal.validation.Violation;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Errors as a FastAPI service with Pydantic v2 models words them: {@code {"detail": "..."}} for errors the
 * application raises, and 422 {@code {"detail": [{"type": ..., "loc": [...], "msg": ..., "input": ...}]}} for
 * request-validation failures, with Pydantic's error types, messages and the offending input (FastAPI leaves
 * out Pydantic's {@code url}).
 */
final class FastApiErrors implements ErrorShape {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  @Override
  public int validationStatus() {
    return 422;
  }

  @Override
  public JsonNode message(String message) {
    return NODES.objectNode().put("detail", message);
  }

  @Override
  public JsonNode validation(List<Violation> violations, JsonNode body) {
    ArrayNode detail = NODES.arrayNode();
    violations.forEach(v -> detail.add(item(v, body)));
    return NODES.objectNode().set("detail", detail);
  }

  private static ObjectNode item(Violation violation, JsonNode body) {
    ObjectNode item = NODES.objectNode();
    item.put("type", type(violation));
    ArrayNode loc = item.putArray("loc");
    violation.location().forEach(segment -> {
      if (segment instanceof Integer) {
        loc.add((Integer) segment);
      } else {
        loc.add(String.valueOf(segment));
      }
    });
    item.put("msg", msg(violation));
    item.set("input", input(violation, body));
    if (violation.kind() == Violation.Kind.NOT_IN_ENUM) {
      item.putObject("ctx").put("expected", oxfordOr(violation.allowedValues()));
    }
    // json_invalid's ctx.error would be Python's json wording, which the mock cannot reproduce: left out
    return item;
  }

  /**
   * Pydantic's {@code input}: the offending value; for a missing field the object it is missing from; for a
   * missing body null; for malformed JSON {@code {}} (FastAPI reports the text it could not decode so).
   */
  private static JsonNode input(Violation violation, JsonNode body) {
    switch (violation.kind()) {
      case BODY_MISSING:
        return NullNode.getInstance();
      case MALFORMED_JSON:
        return NODES.objectNode();
      default:
        break;
    }
    List<Object> location = violation.location();
    int end = violation.kind() == Violation.Kind.REQUIRED_FIELD_MISSING ? location.size() - 1 : location.size();
    JsonNode value = body;
    for (Object segment : location.subList(Math.min(1, end), Math.max(1, end))) {
      if (value == null) {
        break;
      }
      value = segment instanceof Integer ? value.get((Integer) segment) : value.get(String.valueOf(segment));
    }
    return value == null ? NullNode.getInstance() : value.deepCopy();
  }

  private static String type(Violation violation) {
    switch (violation.kind()) {
      case BODY_MISSING:
      case REQUIRED_FIELD_MISSING:
        return "missing";
      case MALFORMED_JSON:
        return "json_invalid";
      case WRONG_CONTENT_TYPE:
        return "model_attributes_type";
      case NOT_IN_ENUM:
        return "enum";
      case WRONG_TYPE:
        return violation.location().size() <= 1 ? "model_attributes_type" : pydanticType(violation) + "_type";
      default:
        return "value_error";
    }
  }

  private static String msg(Violation violation) {
    switch (violation.kind()) {
      case BODY_MISSING:
      case REQUIRED_FIELD_MISSING:
        return "Field required";
      case MALFORMED_JSON:
        return "JSON decode error";
      case WRONG_CONTENT_TYPE:
        return "Input should be a valid dictionary or object to extract fields from";
      case NOT_IN_ENUM:
        return "Input should be " + oxfordOr(violation.allowedValues());
      case WRONG_TYPE:
        return violation.location().size() <= 1
            ? "Input should be a valid dictionary or object to extract fields from"
            : "Input should be a valid " + pydanticNoun(violation);
      default:
        return violation.detail();
    }
  }

  private static String pydanticType(Violation violation) {
    switch (violation.expectedType()) {
      case "boolean":
        return "bool";
      case "integer":
        return "int";
      case "number":
        return "float";
      case "array":
        return "list";
      case "object":
        return "dict";
      default:
        return "string";
    }
  }

  private static String pydanticNoun(Violation violation) {
    switch (violation.expectedType()) {
      case "boolean":
        return "boolean";
      case "integer":
        return "integer";
      case "number":
        return "number";
      case "array":
        return "list";
      case "object":
        return "dictionary";
      default:
        return "string";
    }
  }

  /** Pydantic's enum wording: {@code 'A', 'B' or 'C'}. */
  private static String oxfordOr(List<String> values) {
    List<String> quoted = values.stream().map(v -> "'" + v + "'").collect(Collectors.toList());
    if (quoted.size() <= 1) {
      return String.join("", quoted);
    }
    return String.join(", ", quoted.subList(0, quoted.size() - 1)) + " or " + quoted.get(quoted.size() - 1);
  }
}
