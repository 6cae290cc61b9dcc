package io.contactscontracts.specs;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.servers.Server;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What PactFlow's bi-directional check (its openapi-pact-comparator, run on the committed pacts by
 * contract-tests/pactflow/check.sh) needs from a spec beyond standard OpenAPI, so the two stay in step.
 */
class PactflowCompatibilityTest {

  /** The comparator ignores the servers' path and reads {@code info.x-opc-config-base-path} instead. */
  @ParameterizedTest
  @EnumSource(ApiSpec.class)
  void theComparatorsBasePathIsTheServersPath(ApiSpec spec) {
    LoadedSpec loaded = LoadedSpec.of(spec);
    Map<String, Object> extensions = loaded.api.getInfo().getExtensions();
    assertThat(extensions).as("%s info extensions", spec).containsKey("x-opc-config-base-path");
    assertThat(loaded.api.getServers()).isNotEmpty();
    for (Server server : loaded.api.getServers()) {
      assertThat(extensions.get("x-opc-config-base-path"))
          .as("%s: x-opc-config-base-path against server %s", spec, server.getUrl())
          .isEqualTo(URI.create(server.getUrl()).getPath());
    }
  }

  /**
   * The comparator reads {@code additionalProperties: true} in a response schema as {@code false}; an open
   * map is written {@code additionalProperties: {}}, the same JSON Schema.
   */
  @ParameterizedTest
  @EnumSource(ApiSpec.class)
  void openMapsAreWrittenAsAnEmptySchema(ApiSpec spec) {
    List<String> booleans = new ArrayList<>();
    LoadedSpec loaded = LoadedSpec.of(spec);
    loaded.api.getComponents().getSchemas().forEach((name, schema) -> collect(name, schema, booleans));
    assertThat(booleans).as("%s: schemas with additionalProperties: true", spec).isEmpty();
  }

  private static void collect(String path, Schema<?> schema, List<String> booleans) {
    if (schema == null) {
      return;
    }
    if (Boolean.TRUE.equals(schema.getAdditionalProperties())) {
      booleans.add(path);
    }
    if (schema.getProperties() != null) {
      schema.getProperties().forEach((name, property) -> collect(path + "." + name, property, booleans));
    }
    collect(path + "[]", schema.getItems(), booleans);
  }
}
