package io.contactscontracts.mock.testcontainers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.contactscontracts.client.AuthenticationException;
import io.contactscontracts.client.ContactsApiException;
import io.contactscontracts.kejue.KejueClient;
import io.contactscontracts.kejue.model.ContactCreate;
import io.contactscontracts.specs.ApiSpec;
import io.contactscontracts.specs.SpecFacts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code with…} settings reach the mock in the container. */
class ContainerSettingsIT {
  @BeforeAll
  static void requireImage() {
    ContainerEngine.requireImage(ContactsMockContainer.DEFAULT_IMAGE);
  }

  @Test
  void anEditedSpecTakesEffectAndTheReadyClientFollowsIt(@TempDir Path folder) throws IOException {
    // the edited spec accepts only keys starting "acme_": the packaged prefixes are refused, its own sample works
    Path spec = folder.resolve("my-kejue.yaml");
    YAMLMapper yaml = new YAMLMapper();
    JsonNode api = yaml.readTree(ApiSpec.KEJUE.yaml());
    api.path("components").path("securitySchemes").forEach(scheme -> {
      if ("apiKey".equals(scheme.path("type").asText())) {
        ((ObjectNode) scheme).putArray("x-key-prefixes").add("acme_");
      }
    });
    yaml.writeValue(spec.toFile(), api);

    try (ContactsMockContainer mock = new ContactsMockContainer().withKejueSpec(spec)) {
      mock.start();
      assertThat(mock.getApiKey(ApiSpec.KEJUE)).isEqualTo("acme_sample");
      mock.kejueClient().contacts().createContact(new ContactCreate().firstName("Ada"));
      assertThat(mock.contacts(ApiSpec.KEJUE)).hasSize(1);

      KejueClient packagedKey = KejueClient.builder().baseUrl(mock.getKejueBaseUrl())
          .apiKey(SpecFacts.of(ApiSpec.KEJUE).sampleKey()).build();
      assertThatThrownBy(() -> packagedKey.contacts().createContact(new ContactCreate().firstName("Grace")))
          .isInstanceOf(AuthenticationException.class);
    }
  }

  @Test
  void aFaultRateOfOneAnswersEveryCreateWithAFaultAndStoresNothing() {
    try (ContactsMockContainer mock = new ContactsMockContainer().withFaultRate(1.0)) {
      mock.start();
      KejueClient noRetries = KejueClient.builder().baseUrl(mock.getKejueBaseUrl())
          .apiKey(mock.getApiKey(ApiSpec.KEJUE)).maxRetries(0).build();
      for (int i = 0; i < 5; i++) {
        assertThatThrownBy(() -> noRetries.contacts().createContact(new ContactCreate().firstName("Ada")))
            .isInstanceOf(ContactsApiException.class);
      }
      List<JsonNode> stored = mock.contacts(ApiSpec.KEJUE);
      assertThat(stored).isEmpty();
    }
  }
}
