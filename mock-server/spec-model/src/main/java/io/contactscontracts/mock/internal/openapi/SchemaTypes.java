package io.contactscontracts.mock.internal.openapi;

import io.swagger.v3.oas.models.media.Schema;
import java.util.List;
import java.util.Optional;

/** Small questions asked of a (fully resolved) schema. */
public final class SchemaTypes {
  private SchemaTypes() {}

  /** The JSON type of a schema; {@code object} when it has properties but no type, {@code any} otherwise. */
  public static String typeOf(Schema<?> schema) {
    if (schema == null) {
      return "any";
    }
    if (schema.getType() != null) {
      return schema.getType();
    }
    if (schema.getTypes() != null && !schema.getTypes().isEmpty()) {
      return schema.getTypes().stream().filter(t -> !"null".equals(t)).findFirst().orElse("null");
    }
    if (schema.getProperties() != null || schema.getAdditionalProperties() != null) {
      return "object";
    }
    if (schema.getItems() != null) {
      return "array";
    }
    return "any";
  }

  /** The schema a JSON pointer (e.g. {@code /tags/0}) lands on inside {@code root}, if the schema says. */
  public static Optional<Schema<?>> at(Schema<?> root, List<String> pointer) {
    Schema<?> current = root;
    for (String segment : pointer) {
      if (current == null) {
        return Optional.empty();
      }
      if ("array".equals(typeOf(current))) {
        current = current.getItems();
      } else if (current.getProperties() != null && current.getProperties().containsKey(segment)) {
        current = current.getProperties().get(segment);
      } else if (current.getAdditionalProperties() instanceof Schema) {
        current = (Schema<?>) current.getAdditionalProperties();
      } else {
        return Optional.empty();
      }
    }
    return Optional.ofNullable(current);
  }

  public static boolean isNullable(Schema<?> schema) {
    return schema != null && Boolean.TRUE.equals(schema.getNullable());
  }
}
