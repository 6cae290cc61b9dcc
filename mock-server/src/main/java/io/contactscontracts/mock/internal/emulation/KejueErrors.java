package io.contactscontracts.mock.internal.emulation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Kejue's errors, as a FastAPI service with Pydantic v2 models words them (x-inferred: the vendor's
 * reference shows no error bodies): {@code {"detail": "..."}} for errors the application raises, and 422
 * {@code {"detail": [{"loc": [...], "msg": ..., "type": ...}]}} for request-validation failures, with
 * Pydantic's error types and messages.
 */
final class KejueErrors implements ErrorShape {
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
  public JsonNode validation(List<Violation> violations) {
    ArrayNode detail = NODES.arrayNode();
    violations.forEach(v -> detail.add(item(v)));
    return NODES.objectNode().set("detail", detail);
  }

  private static ObjectNode item(Violation violation) {
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
    return item;
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
