package io.contactscontracts.mock.pactcheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.contactscontracts.specs.ApiSpec;
import org.junit.jupiter.api.Test;

/** The pieces the report is made of: provider names and aliases, locations in a pact file. */
class ReportPartsTest {

  @Test
  void aliasesSayWhatTheyExpect() {
    assertThatThrownBy(() -> PactCheck.builder().providerAlias("contacts-api"))
        .hasMessageContaining("expected NAME=SERVICE, e.g. contacts-api=kejue");
    assertThatThrownBy(() -> PactCheck.builder().providerAlias("contacts-api=crm"))
        .hasMessageContaining("'crm' is not a service; expected one of kejue, recepta");
    assertThat(new ProviderNames(java.util.Map.of("Contacts-API", ApiSpec.RECEPTA)).service("contacts-api"))
        .contains(ApiSpec.RECEPTA);
    assertThat(new ProviderNames(java.util.Map.of()).service("KEJUE")).contains(ApiSpec.KEJUE);
  }

  @Test
  void pointersReadAsPactPaths() {
    assertThat(JsonPointers.toPath("/tags/0")).isEqualTo(".tags[0]");
    assertThat(JsonPointers.toPath("/odd key")).isEqualTo("['odd key']");
    assertThat(JsonPointers.toPath("")).isEmpty();
    assertThat(JsonPointers.fromPactPath("$.data.client.id")).isEqualTo(".data.client.id");
    assertThat(JsonPointers.fromPactPath("$")).isEmpty();
  }
}
