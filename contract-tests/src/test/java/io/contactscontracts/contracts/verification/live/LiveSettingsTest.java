package io.contactscontracts.contracts.verification.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.contactscontracts.specs.ApiSpec;
import java.util.Map;
import java.util.Optional;
import org.apache.hc.core5.http.message.BasicHttpRequest;
import org.junit.jupiter.api.Test;
import org.opentest4j.TestAbortedException;

class LiveSettingsTest {

  @Test
  void defaultsToTheSpecsServerUrlAndTheKeyFromTheEnvironment() {
    LiveSettings live = settings(ApiSpec.RECEPTA, Map.of(), Map.of("RECEPTA_API_KEY", "rcp_real"));

    assertThat(live.baseUrl()).isEqualTo("https://api.recepta.ai/api/v1");
    live.assumeApiKey();
  }

  @Test
  void configurationWinsOverTheSpecAndTheEnvironment() {
    LiveSettings live = settings(ApiSpec.KEJUE,
        Map.of("live.kejue.baseUrl", "http://127.0.0.1:9/api/v1", "live.kejue.apiKey", "kej_test_cfg"),
        Map.of("KEJUE_API_KEY", "kej_live_env"));

    BasicHttpRequest request = new BasicHttpRequest("POST", "/api/v1/contacts");
    request.setHeader("X-API-Key", "kej_test_pact");
    live.useRealKey(request, "kej_test_pact");

    assertThat(live.baseUrl()).isEqualTo("http://127.0.0.1:9/api/v1");
    assertThat(request.getFirstHeader("X-API-Key").getValue()).isEqualTo("kej_test_cfg");
  }

  @Test
  void aKeyThePactExpectsToBeRejectedIsLeftAlone() {
    LiveSettings live = settings(ApiSpec.KEJUE, Map.of(), Map.of("KEJUE_API_KEY", "kej_live_env"));
    BasicHttpRequest request = new BasicHttpRequest("POST", "/api/v1/contacts");
    request.setHeader("X-API-Key", "kej_invalid_pact");

    live.useRealKey(request, "kej_test_pact");

    assertThat(request.getFirstHeader("X-API-Key").getValue()).isEqualTo("kej_invalid_pact");
  }

  @Test
  void withoutAKeyTheTestIsSkippedNamingTheVariable() {
    LiveSettings live = settings(ApiSpec.KEJUE, Map.of("live.kejue.apiKey", " "), Map.of("KEJUE_API_KEY", "k"));

    assertThatThrownBy(live::assumeApiKey)
        .isInstanceOf(TestAbortedException.class)
        .hasMessageContaining("KEJUE_API_KEY is not set")
        .hasMessageContaining("https://api.kejue.co/api/v1");
  }

  private static LiveSettings settings(ApiSpec spec, Map<String, String> configuration, Map<String, String> env) {
    return new LiveSettings(spec, key -> Optional.ofNullable(configuration.get(key)), env::get);
  }
}
