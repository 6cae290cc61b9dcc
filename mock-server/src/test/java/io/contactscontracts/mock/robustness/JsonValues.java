package io.contactscontracts.mock.robustness;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.oas.models.media.Schema;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Random JSON values from a seeded {@link Random}: values a schema accepts, and values of each JSON type. */
final class JsonValues {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final ObjectMapper MAPPER = new ObjectMapper();
  /** Text with the characters that break naive code: quotes, escapes, non-Latin scripts, emoji, controls. */
  private static final String[] TRICKY_TEXT = {
      "", " ", "Ada", "O'Brien", "\"quoted\"", "back\\slash", "tab\there", "line\nbreak", "nul\u0000byte",
      "Zoë Ñúñez", "李小龙", "Ωμέγα", "😀👍🏽", "\u202Eright-to-left", "<script>alert(1)</script>",
      "' OR 1=1 --", "${jndi:ldap://x}", "%s%n%x", "../../etc/passwd", "+4915123456789", "a@b.co"};

  /** The JSON types a value can have; {@code number} here means a number that is not an integer. */
  enum JsonType { STRING, INTEGER, NUMBER, BOOLEAN, ARRAY, OBJECT, NULL }

  private final Random random;

  JsonValues(Random random) {
    this.random = random;
  }

  /** A value the schema accepts. */
  JsonNode valid(Schema<?> schema, int depth) {
    if (schema.getEnum() != null && !schema.getEnum().isEmpty()) {
      return MAPPER.valueToTree(pick(schema.getEnum()));
    }
    switch (typeOf(schema)) {
      case "string":
        return NODES.textNode(text(schema.getMaxLength() == null ? 24 : Math.min(24, schema.getMaxLength())));
      case "integer":
        return NODES.numberNode(random.nextInt(10_000));
      case "number":
        return NODES.numberNode(random.nextInt(10_000) / 4.0);
      case "boolean":
        return NODES.booleanNode(random.nextBoolean());
      case "array": {
        ArrayNode array = NODES.arrayNode();
        int items = random.nextInt(4);
        for (int i = 0; i < items && schema.getItems() != null; i++) {
          array.add(valid(schema.getItems(), depth + 1));
        }
        return array;
      }
      case "object": {
        ObjectNode object = NODES.objectNode();
        Map<String, Schema> properties = schema.getProperties();
        if (properties != null) {
          properties.forEach((name, property) -> {
            boolean required = schema.getRequired() != null && schema.getRequired().contains(name);
            if (required || random.nextInt(3) == 0) {
              object.set(name, valid(property, depth + 1));
            }
          });
        } else if (!Boolean.FALSE.equals(schema.getAdditionalProperties())) {
          int entries = random.nextInt(3);
          for (int i = 0; i < entries; i++) {
            object.set("k" + random.nextInt(100), depth > 3 ? scalar() : any(depth + 1));
          }
        }
        return object;
      }
      default:
        return any(depth + 1);
    }
  }

  /** A random value of the given type. */
  JsonNode ofType(JsonType type) {
    switch (type) {
      case STRING:
        return NODES.textNode(pick(List.of("", "0", "12", "true", "null", "[]", "{}", text(12))));
      case INTEGER:
        return pick(List.of(NODES.numberNode(random.nextInt(1000)), NODES.numberNode(-1), NODES.numberNode(0),
            NODES.numberNode(Long.MAX_VALUE), NODES.numberNode(new BigInteger("123456789012345678901234567890"))));
      case NUMBER:
        return pick(List.of(NODES.numberNode(random.nextInt(1000) + 0.5), NODES.numberNode(-0.25),
            NODES.numberNode(1.5e300), NODES.numberNode(new BigDecimal("1e-400"))));
      case BOOLEAN:
        return NODES.booleanNode(random.nextBoolean());
      case ARRAY: {
        ArrayNode array = NODES.arrayNode();
        int items = random.nextInt(3);
        for (int i = 0; i < items; i++) {
          array.add(scalar());
        }
        return array;
      }
      case OBJECT: {
        ObjectNode object = NODES.objectNode();
        if (random.nextBoolean()) {
          object.set(text(6), scalar());
        }
        return object;
      }
      default:
        return NODES.nullNode();
    }
  }

  /** Whether a value of this type is acceptable for the schema (enums aside). */
  static boolean accepts(Schema<?> schema, JsonType type) {
    if (type == JsonType.NULL) {
      return Boolean.TRUE.equals(schema.getNullable());
    }
    switch (typeOf(schema)) {
      case "string":
        return type == JsonType.STRING;
      case "integer":
        return type == JsonType.INTEGER;
      case "number":
        return type == JsonType.INTEGER || type == JsonType.NUMBER;
      case "boolean":
        return type == JsonType.BOOLEAN;
      case "array":
        return type == JsonType.ARRAY;
      case "object":
        return type == JsonType.OBJECT;
      default:
        return true; // no type: anything goes
    }
  }

  /** The JSON type a schema asks for: {@code object} when it only has properties, {@code any} without a type. */
  static String typeOf(Schema<?> schema) {
    if (schema.getType() != null) {
      return schema.getType();
    }
    if (schema.getProperties() != null || schema.getAdditionalProperties() != null) {
      return "object";
    }
    return schema.getItems() != null ? "array" : "any";
  }

  /** Printable text of up to {@code max} characters, drawn from tricky and random pieces. */
  String text(int max) {
    StringBuilder text = new StringBuilder();
    while (text.length() < max && random.nextInt(4) != 0) {
      if (random.nextBoolean()) {
        text.append(pick(List.of(TRICKY_TEXT)));
      } else {
        text.append((char) ('a' + random.nextInt(26)));
      }
    }
    return text.length() > max ? text.substring(0, max) : text.toString();
  }

  int nextInt(int bound) {
    return random.nextInt(bound);
  }

  boolean nextBoolean() {
    return random.nextBoolean();
  }

  <T> T pick(List<T> options) {
    return options.get(random.nextInt(options.size()));
  }

  private JsonNode scalar() {
    return ofType(pick(List.of(JsonType.STRING, JsonType.INTEGER, JsonType.NUMBER, JsonType.BOOLEAN, JsonType.NULL)));
  }

  private JsonNode any(int depth) {
    return depth > 3 ? scalar() : ofType(pick(List.of(JsonType.values())));
  }

}
