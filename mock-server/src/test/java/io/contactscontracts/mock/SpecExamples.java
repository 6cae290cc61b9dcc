package io.contactscontracts.mock;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.contactscontracts.specs.ApiSpec;
import java.io.IOException;
import java.io.UncheckedIOException;

/** The documented examples, read straight from the packaged specs (plain YAML, not the mock's parser). */
final class SpecExamples {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  private SpecExamples() {}

  static JsonNode spec(ApiSpec spec) {
    try {
      return YAML.readTree(spec.yaml());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static JsonNode requestExample(ApiSpec spec, String path) {
    return spec(spec).path("paths").path(path).path("post").path("requestBody").path("content")
        .path("application/json").path("example");
  }

  static JsonNode responseExample(ApiSpec spec, String path, String status) {
    return spec(spec).path("paths").path(path).path("post").path("responses").path(status).path("content")
        .path("application/json").path("example");
  }
}
