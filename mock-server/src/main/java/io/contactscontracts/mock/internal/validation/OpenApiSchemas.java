package io.contactscontracts.mock.internal.validation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonMetaSchema;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.oas.OpenApi30;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.media.Schema;
import java.util.Iterator;

/**
 * Compiles the (fully resolved) schemas of an OpenAPI 3.0 document into networknt JSON Schema validators, once,
 * at start-up. networknt's OpenAPI 3.0 dialect reads the schema keywords as OpenAPI defines them
 * ({@code nullable: true} admits {@code null}; {@code example}, {@code discriminator} and the like are
 * annotations), draft 4 semantics otherwise, as OpenAPI 3.0 specifies. Instance locations are JSON pointers.
 */
final class OpenApiSchemas {
  private static final JsonMetaSchema DIALECT = OpenApi30.getInstance();
  private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4,
      builder -> builder.metaSchema(DIALECT).defaultMetaSchemaIri(DIALECT.getIri()));
  private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder()
      .pathType(PathType.JSON_POINTER)
      .nullableKeywordEnabled(true)
      // formats (date-time, email...) are checked, as the spec's readers (generated clients, Prism) check them
      .formatAssertionsEnabled(true)
      .build();

  private OpenApiSchemas() {}

  /** A validator of the schema, with all its parts prepared now rather than at the first request. */
  static JsonSchema compile(Schema<?> schema) {
    JsonSchema compiled = FACTORY.getSchema(toJson(schema), CONFIG);
    compiled.initializeValidators();
    return compiled;
  }

  /** The schema as JSON, as swagger-core writes it, without vendor extensions (x-…), which are no keywords. */
  static JsonNode toJson(Schema<?> schema) {
    JsonNode json = Json.mapper().valueToTree(schema);
    withoutExtensions(json);
    return json;
  }

  private static void withoutExtensions(JsonNode node) {
    if (node.isObject()) {
      for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
        if (names.next().startsWith("x-")) {
          names.remove();
        }
      }
      ((ObjectNode) node).elements().forEachRemaining(OpenApiSchemas::withoutExtensions);
    } else if (node.isArray()) {
      node.elements().forEachRemaining(OpenApiSchemas::withoutExtensions);
    }
  }
}
