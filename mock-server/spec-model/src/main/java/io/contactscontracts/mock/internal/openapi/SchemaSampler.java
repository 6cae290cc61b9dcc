package io.contactscontracts.mock.internal.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.oas.models.media.Schema;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Builds the smallest value a schema accepts: the schema's example, else its default, else its first enum
 * value, else a value of its type and format, with every required property of an object filled in.
 * Operations without a rule set answer with this, so an operation added to a spec gets a schema-valid
 * response with no code change.
 */
public final class SchemaSampler {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  /** swagger-core's mapper: it knows the java.time values the parser makes of date-time examples. */
  private static final ObjectMapper MAPPER = io.swagger.v3.core.util.Json.mapper();
  private static final int MAX_DEPTH = 12;

  private SchemaSampler() {}

  /** A value the schema accepts; {@code null} schema yields an empty object. */
  public static JsonNode sample(Schema<?> schema) {
    return sample(schema, 0);
  }

  /** The schema's own example, default or first enum value, if it declares one. */
  public static JsonNode declaredValue(Schema<?> schema) {
    if (schema == null) {
      return null;
    }
    if (schema.getExample() != null) {
      return MAPPER.valueToTree(schema.getExample());
    }
    if (schema.getDefault() != null) {
      return MAPPER.valueToTree(schema.getDefault());
    }
    if (schema.getEnum() != null && !schema.getEnum().isEmpty()) {
      return MAPPER.valueToTree(schema.getEnum().get(0));
    }
    return null;
  }

  /** A value the OpenAPI parser produced (example, default), as JSON. */
  public static JsonNode toJson(Object parsed) {
    return MAPPER.valueToTree(parsed);
  }

  /** The schema's {@code default} as JSON; null if it declares none. */
  public static JsonNode declaredDefault(Schema<?> schema) {
    return schema.getDefault() == null ? null : MAPPER.valueToTree(schema.getDefault());
  }

  private static JsonNode sample(Schema<?> schema, int depth) {
    if (schema == null) {
      return NODES.objectNode();
    }
    JsonNode declared = declaredValue(schema);
    if (declared != null) {
      return declared;
    }
    if (schema.getAllOf() != null && !schema.getAllOf().isEmpty()) {
      ObjectNode merged = NODES.objectNode();
      schema.getAllOf().forEach(part -> {
        JsonNode value = sample(part, depth + 1);
        if (value.isObject()) {
          merged.setAll((ObjectNode) value);
        }
      });
      return merged;
    }
    List<Schema> alternatives = schema.getOneOf() != null ? schema.getOneOf() : schema.getAnyOf();
    if (alternatives != null && !alternatives.isEmpty()) {
      return sample(alternatives.get(0), depth + 1);
    }
    String type = SchemaTypes.typeOf(schema);
    switch (type) {
      case "string":
        return NODES.textNode(sampleString(schema));
      case "integer":
        return NODES.numberNode(schema.getMinimum() != null ? schema.getMinimum().longValue() : 0L);
      case "number":
        return NODES.numberNode(schema.getMinimum() != null ? schema.getMinimum() : BigDecimal.ZERO);
      case "boolean":
        return NODES.booleanNode(false);
      case "array": {
        ArrayNode array = NODES.arrayNode();
        int items = schema.getMinItems() == null ? 0 : schema.getMinItems();
        for (int i = 0; i < items && depth < MAX_DEPTH; i++) {
          array.add(sample(schema.getItems(), depth + 1));
        }
        return array;
      }
      default: {
        ObjectNode object = NODES.objectNode();
        Map<String, Schema> properties = schema.getProperties();
        if (schema.getRequired() != null && properties != null && depth < MAX_DEPTH) {
          for (String name : schema.getRequired()) {
            object.set(name, sample(properties.get(name), depth + 1));
          }
        }
        return object;
      }
    }
  }

  private static String sampleString(Schema<?> schema) {
    String format = schema.getFormat() == null ? "" : schema.getFormat();
    String value;
    switch (format) {
      case "date-time":
        value = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
        break;
      case "date":
        value = LocalDate.now(ZoneOffset.UTC).toString();
        break;
      case "uuid":
        value = UUID.randomUUID().toString();
        break;
      case "email":
        value = "user@example.com";
        break;
      case "uri":
      case "url":
        value = "https://example.com";
        break;
      default:
        value = "string";
    }
    int min = schema.getMinLength() == null ? 0 : schema.getMinLength();
    StringBuilder padded = new StringBuilder(value);
    while (padded.length() < min) {
      padded.append('x');
    }
    if (schema.getMaxLength() != null && padded.length() > schema.getMaxLength()) {
      padded.setLength(schema.getMaxLength());
    }
    return padded.toString();
  }
}
