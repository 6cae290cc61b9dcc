package io.contactscontracts.specs;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.oas.models.security.SecurityScheme;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
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

  @Test
  void kejueUsesItsDocumentedServerAndHeader() {
    LoadedSpec kejue = LoadedSpec.of(ApiSpec.KEJUE);

    assertThat(kejue.api.getServers()).singleElement()
        .satisfies(s -> assertThat(s.getUrl()).isEqualTo("https://api.kejue.co/api/v1"));
    SecurityScheme scheme = kejue.api.getComponents().getSecuritySchemes().get("ApiKeyAuth");
    assertThat(scheme.getType()).isEqualTo(SecurityScheme.Type.APIKEY);
    assertThat(scheme.getIn()).isEqualTo(SecurityScheme.In.HEADER);
    assertThat(scheme.getName()).isEqualTo("X-API-Key");
    assertThat(scheme.getDescription()).contains("kej_live_");
    assertThat(kejue.api.getPaths()).containsOnlyKeys("/contacts");
    assertThat(kejue.api.getPaths().get("/contacts").getPost()).isNotNull();
  }

  @Test
  void receptaUsesItsDocumentedServerAndHeader() {
    LoadedSpec recepta = LoadedSpec.of(ApiSpec.RECEPTA);

    assertThat(recepta.api.getServers()).singleElement()
        .satisfies(s -> assertThat(s.getUrl()).isEqualTo("https://api.recepta.ai/api/v1"));
    SecurityScheme scheme = recepta.api.getComponents().getSecuritySchemes().get("ApiKeyAuth");
    assertThat(scheme.getType()).isEqualTo(SecurityScheme.Type.APIKEY);
    assertThat(scheme.getIn()).isEqualTo(SecurityScheme.In.HEADER);
    assertThat(scheme.getName()).isEqualTo("x-api-key");
    assertThat(scheme.getDescription()).contains("rcp_");
    assertThat(recepta.api.getPaths()).containsOnlyKeys("/api/contacts");
    assertThat(recepta.api.getPaths().get("/api/contacts").getPost()).isNotNull();
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
