package io.contactscontracts.specs;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.oai.validator.report.MessageResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.schema.SchemaValidator;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Every {@code example} in both specs validates against the schema it illustrates. */
class ExamplesTest {

  /** One example and the schema it must satisfy. */
  record Example(String where, Object value, Schema<?> schema) {}

  @TestFactory
  Stream<DynamicTest> everyExampleMatchesItsSchema() {
    return Stream.of(ApiSpec.values()).flatMap(spec -> {
      LoadedSpec loaded = LoadedSpec.of(spec);
      SchemaValidator validator = new SchemaValidator(loaded.api, new MessageResolver());
      return examplesOf(loaded).stream().map(example -> DynamicTest.dynamicTest(spec + " " + example.where(),
          () -> assertThat(validate(validator, example).getMessages()).as(example.where()).isEmpty()));
    });
  }

  @Test
  void bothSpecsCarryTheirRequestAndResponseExamples() {
    for (ApiSpec spec : ApiSpec.values()) {
      List<Example> examples = examplesOf(LoadedSpec.of(spec));
      assertThat(examples).as(spec.toString())
          .anyMatch(e -> e.where().startsWith("request"))
          .anyMatch(e -> e.where().startsWith("response 2"));
    }
  }

  @Test
  void aWrongExampleIsReported() {
    LoadedSpec recepta = LoadedSpec.of(ApiSpec.RECEPTA);
    SchemaValidator validator = new SchemaValidator(recepta.api, new MessageResolver());
    Schema<?> client = recepta.component("Client");

    ValidationReport report = validate(validator,
        new Example("client with a bad id", Map.of("id", "not-hex", "isActive", "yes"), client));

    assertThat(report.getMessages()).isNotEmpty();
  }

  private static ValidationReport validate(SchemaValidator validator, Example example) {
    return validator.validate(() -> Json.mapper().valueToTree(example.value()), example.schema(), "example");
  }

  private static List<Example> examplesOf(LoadedSpec loaded) {
    List<Example> examples = new ArrayList<>();
    loaded.api.getComponents().getSchemas()
        .forEach((name, schema) -> collect("schema " + name, schema, examples));
    loaded.api.getPaths().forEach((path, item) -> item.readOperations().forEach(op -> {
      if (op.getRequestBody() != null) {
        op.getRequestBody().getContent().forEach((type, media) -> add("request " + path, media, examples));
      }
      op.getResponses().forEach((code, response) -> {
        ApiResponse resolved = response.get$ref() == null ? response
            : loaded.api.getComponents().getResponses().get(response.get$ref().replaceAll(".*/", ""));
        if (resolved.getContent() != null) {
          resolved.getContent().forEach((type, media) -> add("response " + code + " " + path, media, examples));
        }
      });
    }));
    return examples;
  }

  private static void add(String where, MediaType media, List<Example> examples) {
    if (media.getExample() != null) {
      examples.add(new Example(where, media.getExample(), media.getSchema()));
    }
    collect(where + " schema", media.getSchema(), examples);
  }

  private static void collect(String where, Schema<?> schema, List<Example> examples) {
    if (schema == null || schema.get$ref() != null) {
      return; // referenced schemas are collected once, as components
    }
    if (schema.getExample() != null) {
      examples.add(new Example(where, schema.getExample(), schema));
    }
    if (schema.getProperties() != null) {
      schema.getProperties().forEach((name, property) -> collect(where + "." + name, property, examples));
    }
    if (schema.getItems() != null) {
      collect(where + "[]", schema.getItems(), examples);
    }
  }
}
