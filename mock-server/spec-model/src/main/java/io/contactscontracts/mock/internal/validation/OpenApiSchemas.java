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
import java.util.List;
import java.util.Map;
import java.util.Set;

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
    return compile(schema, false);
  }

  /**
   * The same; {@code closed}: an object schema that declares properties but says nothing of others admits no
   * others (as if it said {@code additionalProperties: false}), so an undeclared member is a finding.
   */
  static JsonSchema compile(Schema<?> schema, boolean closed) {
    JsonNode json = toJson(schema);
    if (closed) {
      close(json);
    }
    JsonSchema compiled = FACTORY.getSchema(json, CONFIG);
    compiled.initializeValidators();
    return compiled;
  }

  /**
   * Closes every object schema with {@code properties} and no {@code additionalProperties} of its own. Schemas
   * combined with {@code allOf}/{@code anyOf}/{@code oneOf} stay open: closing each part would reject the
   * properties the other parts declare, and OpenAPI 3.0's JSON Schema has no {@code unevaluatedProperties}.
   */
  static void close(JsonNode schema) {
    if (!schema.isObject()) {
      return;
    }
    ObjectNode object = (ObjectNode) schema;
    boolean combined = object.has("allOf") || object.has("anyOf") || object.has("oneOf");
    if (object.has("properties") && !object.has("additionalProperties") && !combined) {
      object.put("additionalProperties", false);
    }
    if (object.has("properties")) {
      object.get("properties").elements().forEachRemaining(OpenApiSchemas::close);
    }
    for (String keyword : List.of("items", "additionalProperties", "not")) {
      if (object.has(keyword)) {
        close(object.get(keyword));
      }
    }
  }

  /**
   * The schema as JSON, as swagger-core writes it, with only what validates: vendor extensions (x-…) and
   * annotations (descriptions, examples, defaults…) are left out, since the validator would otherwise visit
   * them on every request. Property names are kept whatever they are.
   */
  static JsonNode toJson(Schema<?> schema) {
    JsonNode json = Json.mapper().valueToTree(schema);
    onlyAssertions(json);
    return json;
  }

  /** Keywords that say something about a value without constraining it. */
  private static final Set<String> ANNOTATIONS = Set.of("title", "description", "example", "examples", "default",
      "externalDocs", "xml", "deprecated");
  /** Keywords whose value is a map from names to schemas. */
  private static final Set<String> SCHEMA_MAPS = Set.of("properties", "patternProperties");
  /** Keywords whose value is a schema, or an array of schemas. */
  private static final Set<String> SUBSCHEMAS = Set.of("items", "additionalProperties", "not", "allOf", "anyOf",
      "oneOf");

  private static void onlyAssertions(JsonNode schema) {
    if (!schema.isObject()) {
      return;
    }
    for (Iterator<Map.Entry<String, JsonNode>> members = schema.fields(); members.hasNext(); ) {
      Map.Entry<String, JsonNode> member = members.next();
      String keyword = member.getKey();
      if (keyword.startsWith("x-") || ANNOTATIONS.contains(keyword)) {
        members.remove();
      } else if (SCHEMA_MAPS.contains(keyword)) {
        member.getValue().elements().forEachRemaining(OpenApiSchemas::onlyAssertions);
      } else if (SUBSCHEMAS.contains(keyword)) {
        if (member.getValue().isArray()) {
          member.getValue().elements().forEachRemaining(OpenApiSchemas::onlyAssertions);
        } else {
          onlyAssertions(member.getValue());
        }
      }
    }
  }
}
