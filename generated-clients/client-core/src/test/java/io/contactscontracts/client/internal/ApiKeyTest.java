package io.contactscontracts.client.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ApiKeyTest {

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {" ", "\t"})
  void aMissingKeyFailsFastAndSaysHowToSetIt(String key) {
    assertThatThrownBy(() -> ApiKey.require(key, "Kejue", "kej_live_…"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("Kejue API key is required")
        .hasMessageContaining("apiKey(\"kej_live_…\")");
  }

  @Test
  void aPresentKeyPassesUnchanged() {
    assertThat(ApiKey.require("rcp_abc", "Recepta", "rcp_…")).isEqualTo("rcp_abc");
  }
}
