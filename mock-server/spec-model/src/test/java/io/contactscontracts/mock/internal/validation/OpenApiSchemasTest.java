package io.contactscontracts.mock.internal.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.StringSchema;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Schemas are prepared with only what validates; property names stay whatever they are. */
class OpenApiSchemasTest {
  @Test
  void annotationsAndExtensionsGoPropertyNamesStay() {
    ObjectSchema schema = new ObjectSchema();
    schema.setDescription("a contact");
    schema.addExtension("x-inferred", "a guess");
    StringSchema described = new StringSchema();
    described.setDescription("a property named description");
    described.setExample("text");
    described.setMaxLength(5);
    schema.setProperties(Map.of("description", described, "x-tracking", new StringSchema(),
        "tags", new ArraySchema().items(new StringSchema().description("a tag"))));

    String json = OpenApiSchemas.toJson(schema).toString();

    assertThat(json).doesNotContain("a contact", "a guess", "x-inferred", "a property named", "\"example\"", "a tag")
        .contains("\"description\":{", "\"x-tracking\":{", "\"maxLength\":5", "\"items\":{\"type\":\"string\"}");
  }
}
