package io.contactscontracts.mock.internal.validation;

import io.contactscontracts.mock.internal.openapi.SchemaTypes;

import com.networknt.schema.JsonNodePath;
import com.networknt.schema.ValidationMessage;
import io.swagger.v3.oas.models.media.Schema;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns networknt's findings about a request body into {@link Violation}s, from their structure alone (keyword,
 * instance location, missing property), never from message text; and in the order the mock has always reported
 * them: depth first, object members by name, array items by index, a value's own findings before its members',
 * keywords by name (so {@code enum} before {@code type}), and one missing member per object, the first by name.
 */
final class SchemaViolations {
  /** Both services ignore body fields they do not know, so an undeclared member is no violation. */
  private static final Set<String> IGNORED_KEYWORDS = Set.of("additionalProperties");

  private SchemaViolations() {}

  /**
   * @param root the schema validated against, to tell what the offending value had to be
   * @param prefix where the validated value sits, e.g. {@code ["body"]} or {@code ["query", "include"]}
   */
  static List<Violation> of(Collection<ValidationMessage> messages, Schema<?> root, List<Object> prefix) {
    return of(messages, root, prefix, false);
  }

  /** The same; {@code strict}: an undeclared member is a violation too ({@link Violation.Kind#UNDECLARED_PROPERTY}). */
  static List<Violation> of(Collection<ValidationMessage> messages, Schema<?> root, List<Object> prefix, boolean strict) {
    List<ValidationMessage> sorted = new ArrayList<>(messages);
    if (!strict) {
      sorted.removeIf(m -> IGNORED_KEYWORDS.contains(m.getType()));
    }
    sorted.sort(Comparator.comparing(ValidationMessage::getInstanceLocation, SchemaViolations::compareLocations)
        .thenComparing(ValidationMessage::getType)
        .thenComparing(m -> m.getProperty() == null ? "" : m.getProperty()));
    List<Violation> violations = new ArrayList<>();
    Set<String> objectsMissingAMember = new HashSet<>();
    for (ValidationMessage message : sorted) {
      List<Object> segments = segments(message.getInstanceLocation());
      if ("required".equals(message.getType())) {
        if (!objectsMissingAMember.add(message.getInstanceLocation().toString())) {
          continue; // the first missing member (by name) stands for all, as the mock has always reported it
        }
        segments.add(message.getProperty());
      }
      violations.add(new Violation(kind(message.getType()), location(prefix, segments),
          SchemaTypes.at(root, names(segments)).orElse(null), message.getError()));
    }
    return violations;
  }

  private static Violation.Kind kind(String keyword) {
    switch (keyword) {
      case "type":
        return Violation.Kind.WRONG_TYPE;
      case "enum":
        return Violation.Kind.NOT_IN_ENUM;
      case "required":
        return Violation.Kind.REQUIRED_FIELD_MISSING;
      case "additionalProperties":
        return Violation.Kind.UNDECLARED_PROPERTY;
      default:
        return Violation.Kind.CONSTRAINT;
    }
  }

  /** Object member names as strings, array indexes as integers (FastAPI's {@code loc} style). */
  private static List<Object> segments(JsonNodePath path) {
    List<Object> segments = new ArrayList<>(path.getNameCount());
    for (int i = 0; i < path.getNameCount(); i++) {
      segments.add(path.getElement(i));
    }
    return segments;
  }

  private static List<String> names(List<Object> segments) {
    return segments.stream().map(String::valueOf).toList();
  }

  private static List<Object> location(List<Object> prefix, List<Object> segments) {
    List<Object> location = new ArrayList<>(prefix);
    location.addAll(segments);
    return location;
  }

  /** Depth-first order: a parent before its members, members by name, items by index. */
  private static int compareLocations(JsonNodePath a, JsonNodePath b) {
    int common = Math.min(a.getNameCount(), b.getNameCount());
    for (int i = 0; i < common; i++) {
      Object x = a.getElement(i);
      Object y = b.getElement(i);
      int order = x instanceof Integer && y instanceof Integer ? Integer.compare((Integer) x, (Integer) y)
          : String.valueOf(x).compareTo(String.valueOf(y));
      if (order != 0) {
        return order;
      }
    }
    return Integer.compare(a.getNameCount(), b.getNameCount());
  }
}
