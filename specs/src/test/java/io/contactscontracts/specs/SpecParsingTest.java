package io.contactscontracts.specs;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.oas.models.security.SecurityScheme;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class SpecParsingTest {

  @ParameterizedTest
  @EnumSource(ApiSpec.class)
  void parsesWithoutASingleMessage(ApiSpec spec) {
    LoadedSpec loaded = LoadedSpec.of(spec);

    assertThat(loaded.result.getMessages()).as("swagger-parser messages for " + spec).isEmpty();
    assertThat(loaded.api.getOpenapi()).isEqualTo("3.0.3");
  }

  @Test
  void reportsAMistakeSoTheCheckAboveCanFail() {
    String broken = ApiSpec.KEJUE.yaml().replace("\npaths:", "\npathz:");

    assertThat(LoadedSpec.fromYaml(ApiSpec.KEJUE, broken).result.getMessages()).isNotEmpty();
  }

  @ParameterizedTest
  @CsvSource({
    "KEJUE,   https://api.kejue.co/api/v1,   X-API-Key, kej_live_, /contacts",
    "RECEPTA, https://api.recepta.ai/api/v1, x-api-key, rcp_,      /api/contacts"
  })
  void usesTheDocumentedServerHeaderAndPath(ApiSpec spec, String url, String header, String keyPrefix, String path) {
    LoadedSpec loaded = LoadedSpec.of(spec);

    assertThat(loaded.api.getServers()).singleElement().satisfies(s -> assertThat(s.getUrl()).isEqualTo(url));
    SecurityScheme scheme = loaded.api.getComponents().getSecuritySchemes().get("ApiKeyAuth");
    assertThat(scheme.getType()).isEqualTo(SecurityScheme.Type.APIKEY);
    assertThat(scheme.getIn()).isEqualTo(SecurityScheme.In.HEADER);
    assertThat(scheme.getName()).isEqualTo(header);
    assertThat(scheme.getDescription()).contains(keyPrefix);
    assertThat(loaded.api.getPaths()).containsOnlyKeys(path);
    assertThat(loaded.api.getPaths().get(path).getPost()).isNotNull();
  }

  @ParameterizedTest
  @EnumSource(ApiSpec.class)
  void marksEveryUndocumentedResponseAsInferred(ApiSpec spec) {
    LoadedSpec loaded = LoadedSpec.of(spec);

    loaded.api.getPaths().values().forEach(path -> path.readOperations().forEach(op ->
        op.getResponses().forEach((code, response) -> {
          var resolved = response.get$ref() == null ? response
              : loaded.api.getComponents().getResponses().get(response.get$ref().replaceAll(".*/", ""));
          assertThat(resolved.getExtensions())
              .as(spec + " response " + code + " is not in the vendor's docs, so it must say why it exists")
              .containsKey("x-inferred");
        })));
  }
}
