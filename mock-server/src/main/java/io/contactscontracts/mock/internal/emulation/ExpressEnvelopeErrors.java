package io.contactscontracts.mock.internal.emulation;

import io.contactscontracts.mock.internal.validation.Violation;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.List;

/**
 * Errors of an Express service with a {@code {success, message, data}} envelope: the same envelope with
 * {@code success: false} and a message; request-validation failures answer 400 and the message names the
 * first offending field, e.g. {@code Invalid value for 'email': expected a string}.
 */
final class ExpressEnvelopeErrors implements ErrorShape {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  @Override
  public int validationStatus() {
    return 400;
  }

  @Override
  public JsonNode message(String message) {
    return NODES.objectNode().put("success", false).put("message", message);
  }

  @Override
  public JsonNode validation(List<Violation> violations, JsonNode body) {
    return message(describe(violations.get(0)));
  }

  private static String describe(Violation violation) {
    String field = violation.field();
    switch (violation.kind()) {
      case BODY_MISSING:
        return "Request body is required";
      case MALFORMED_JSON:
        return "Malformed JSON in request body";
      case WRONG_CONTENT_TYPE:
        return "Content-Type must be application/json";
      case REQUIRED_FIELD_MISSING:
        return "Missing required field '" + field + "'";
      case NOT_IN_ENUM:
        return "Invalid value for '" + field + "': expected one of " + String.join(", ", violation.allowedValues());
      case WRONG_TYPE:
        return field.isEmpty() ? "Request body must be a JSON object"
            : "Invalid value for '" + field + "': expected " + article(violation.expectedType());
      default:
        return field.isEmpty() ? violation.detail() : "Invalid value for '" + field + "': " + violation.detail();
    }
  }

  private static String article(String type) {
    switch (type) {
      case "array":
        return "an array";
      case "object":
        return "an object";
      case "integer":
        return "an integer";
      default:
        return "a " + type;
    }
  }
}
