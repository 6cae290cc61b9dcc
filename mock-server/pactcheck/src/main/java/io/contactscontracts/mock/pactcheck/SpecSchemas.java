package io.contactscontracts.mock.pactcheck;

import io.contactscontracts.mock.internal.openapi.SchemaTypes;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Schema;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a spec says at the place a finding points to, for a reader of the report: the schema's name, its type,
 * and for an object the properties it declares. Reads the mock's own model of the spec, whose schemas are
 * inlined (fully resolved); a schema is named after the component it was inlined from.
 */
final class SpecSchemas {
  private final OpenAPI api;
  /** Component names by schema: the fully resolving parser inlines each component as the very same instance. */
  private final Map<Schema<?>, String> names = new IdentityHashMap<>();

  SpecSchemas(OpenAPI api) {
    this.api = api;
    if (api.getComponents() != null && api.getComponents().getSchemas() != null) {
      api.getComponents().getSchemas().forEach((name, schema) -> names.put(schema, name));
    }
  }

  /**
   * E.g. {@code ", schema Contact at /properties/is_active: boolean"}: the schema a value at {@code instancePath}
   * (e.g. {@code [is_active]}) below {@code root} has to match; "" when the spec says nothing there.
   *
   * @param listProperties whether to name the properties an object schema declares
   */
  String describe(Schema<?> root, List<String> instancePath, boolean listProperties) {
    if (root == null) {
      return "";
    }
    Schema<?> schema = root;
    String name = nameOf(root);
    StringBuilder pointer = new StringBuilder();
    for (String segment : instancePath) {
      if ("array".equals(SchemaTypes.typeOf(schema)) && schema.getItems() != null) {
        schema = schema.getItems();
        pointer.append("/items");
      } else if (schema.getProperties() != null && schema.getProperties().containsKey(segment)) {
        schema = schema.getProperties().get(segment);
        pointer.append("/properties/").append(segment.replace("~", "~0").replace("/", "~1"));
      } else if (schema.getAdditionalProperties() instanceof Schema<?> additional) {
        schema = additional;
        pointer.append("/additionalProperties");
      } else {
        break;
      }
      if (nameOf(schema) != null) {
        name = nameOf(schema);
        pointer.setLength(0);
      }
    }
    StringBuilder says = new StringBuilder(", schema");
    if (name != null) {
      says.append(' ').append(name);
    }
    if (pointer.length() > 0) {
      says.append(" at ").append(pointer);
    }
    says.append(": ").append(describeType(schema));
    if (listProperties && schema.getProperties() != null) {
      says.append(" with only the properties ").append(String.join(", ", schema.getProperties().keySet()));
    }
    if (schema.getEnum() != null && !schema.getEnum().isEmpty()) {
      says.append(", one of ").append(schema.getEnum());
    }
    return says.toString();
  }

  /** E.g. {@code "the X-API-Key header (ApiKeyAuth)"}: the security scheme that names the header. */
  String apiKey(String header) {
    String scheme = api.getComponents() == null || api.getComponents().getSecuritySchemes() == null ? null
        : api.getComponents().getSecuritySchemes().entrySet().stream()
            .filter(e -> header.equalsIgnoreCase(e.getValue().getName()))
            .map(Map.Entry::getKey)
            .findFirst().orElse(null);
    return "the " + header + " header" + (scheme == null ? "" : " (" + scheme + ")");
  }

  /** E.g. {@code "POST /api/v1/contacts"}: every operation, with the base path its paths are below. */
  String operations(String basePath) {
    List<String> operations = new ArrayList<>();
    if (api.getPaths() != null) {
      api.getPaths().forEach((path, item) -> item.readOperationsMap()
          .forEach((method, operation) -> operations.add(method + " " + basePath + path)));
    }
    return String.join(", ", operations);
  }

  /** E.g. {@code ", which accepts only [application/json]"}: the media types of the operation's request body. */
  static String mediaTypes(Operation operation) {
    if (operation.getRequestBody() == null || operation.getRequestBody().getContent() == null) {
      return ", which takes no body";
    }
    return ", which accepts only " + operation.getRequestBody().getContent().keySet();
  }

  private String nameOf(Schema<?> schema) {
    return names.get(schema);
  }

  /** The JSON type, e.g. {@code string (email) or null}, {@code array of Tag}; {@code any type} when unknown. */
  static String typeOf(Schema<?> schema) {
    String type = SchemaTypes.typeOf(schema);
    return "any".equals(type) ? "any type" : type;
  }

  private String describeType(Schema<?> schema) {
    String type = typeOf(schema);
    if ("array".equals(type) && schema.getItems() != null) {
      Schema<?> items = schema.getItems();
      type = "array of " + (nameOf(items) != null ? nameOf(items) : describeType(items));
    }
    if (schema.getFormat() != null) {
      type += " (" + schema.getFormat() + ")";
    }
    return SchemaTypes.isNullable(schema) ? type + " or null" : type;
  }
}
