package io.contactscontracts.specs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SpecFactsTest {
  private static final String SPEC = String.join("\n",
      "openapi: 3.0.3",
      "servers:",
      "  - url: https://api.example.com/v2/",
      "paths:",
      "  /things:",
      "    get: {operationId: listThings}",
      "    post: {operationId: createThing}",
      "  /things/{id}:",
      "    delete: {}",
      "components:",
      "  securitySchemes:",
      "    Bearer: {type: http, scheme: bearer}",
      "    Key: {type: apiKey, in: header, name: X-Thing-Key, x-key-prefixes: [thg_live_, thg_test_]}",
      "");

  @Test
  void readsWhereTheApiLivesHowKeysAreSentAndItsOperations() {
    SpecFacts facts = SpecFacts.parse("things.yaml", SPEC);

    assertThat(facts.productionBaseUrl()).isEqualTo("https://api.example.com/v2/");
    assertThat(facts.basePath()).isEqualTo("/v2");
    assertThat(facts.apiKeyHeader()).isEqualTo("X-Thing-Key");
    assertThat(facts.keyPrefixes()).containsExactly("thg_live_", "thg_test_");
    assertThat(facts.sampleKey()).isEqualTo("thg_test_sample");
    assertThat(facts.operations()).extracting(SpecFacts.Operation::id)
        .containsExactly("listThings", "createThing", "DELETE /things/{id}");
    assertThat(facts.requestPath(facts.operation("createThing"))).isEqualTo("/v2/things");
    assertThat(facts.operation("createThing").method()).isEqualTo("POST");
  }

  @Test
  void everyPackagedSpecHasItsFacts() {
    for (ApiSpec spec : ApiSpec.values()) {
      SpecFacts facts = SpecFacts.of(spec);
      assertThat(facts.source()).isEqualTo(spec.classpathLocation());
      assertThat(facts.keyPrefixes()).as(spec + " key prefixes").isNotEmpty();
      assertThat(facts.apiKeyHeader()).as(spec + " key header").isNotBlank();
      assertThat(facts.operations()).as(spec + " operations").isNotEmpty();
      assertThat(facts.productionBaseUrl()).endsWith(facts.basePath());
    }
  }

  @Test
  void aSpecWithoutAKeySchemeOrServerIsRefusedSayingWhatIsMissing() {
    assertThatThrownBy(() -> SpecFacts.parse("a.yaml", SPEC.replace("type: apiKey", "type: oauth2")))
        .hasMessageContaining("a.yaml").hasMessageContaining("/components/securitySchemes");
    assertThatThrownBy(() -> SpecFacts.parse("b.yaml", SPEC.replace("  - url: https://api.example.com/v2/", "  - {}")))
        .hasMessageContaining("b.yaml").hasMessageContaining("/servers/0/url");
    assertThatThrownBy(() -> SpecFacts.parse("c.yaml", "openapi: [unclosed"))
        .hasMessageContaining("c.yaml is not valid YAML");
    assertThatThrownBy(() -> SpecFacts.of(ApiSpec.KEJUE).operation("deleteEverything"))
        .hasMessageContaining("has no operation deleteEverything");
  }
}
