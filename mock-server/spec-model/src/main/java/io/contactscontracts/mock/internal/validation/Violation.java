package io.contactscontracts.mock.internal.validation;

import io.contactscontracts.mock.internal.openapi.SchemaTypes;

import io.swagger.v3.oas.models.media.Schema;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One problem with a request, in service-neutral terms; the emulation's {@code ErrorShape} of each service
 * words it the way that service does.
 *
 * @param kind what is wrong
 * @param location where, FastAPI style: {@code ["body", "tags", 0]}, {@code ["body", 17]} (a JSON syntax
 *     error at that character), {@code ["header", "x-id"]}
 * @param expected the schema the offending value had to match, if known
 * @param detail the validator's own wording, used when nothing better is known
 */
public record Violation(Kind kind, List<Object> location, Schema<?> expected, String detail) {

  /** The kinds of problem a request body can have. */
  public enum Kind {
    BODY_MISSING,
    MALFORMED_JSON,
    WRONG_CONTENT_TYPE,
    WRONG_TYPE,
    NOT_IN_ENUM,
    REQUIRED_FIELD_MISSING,
    /** A member the schema does not declare: only from a strict validator ({@link OperationValidators#strict}). */
    UNDECLARED_PROPERTY,
    CONSTRAINT
  }

  public Violation {
    location = List.copyOf(location);
  }

  /** The offending field as a path, e.g. {@code tags[0]} or {@code customFields.source}; empty for the body. */
  public String field() {
    StringBuilder path = new StringBuilder();
    for (Object segment : location.subList(Math.min(1, location.size()), location.size())) {
      if (segment instanceof Integer) {
        path.append('[').append(segment).append(']');
      } else {
        path.append(path.length() == 0 ? "" : ".").append(segment);
      }
    }
    return path.toString();
  }

  /** The allowed values of an enum violation, e.g. {@code [MANUAL, FACEBOOK]}. */
  public List<String> allowedValues() {
    return expected == null || expected.getEnum() == null ? List.of()
        : expected.getEnum().stream().map(String::valueOf).collect(Collectors.toList());
  }

  /** The JSON type the value should have had. */
  public String expectedType() {
    return SchemaTypes.typeOf(expected);
  }
}
