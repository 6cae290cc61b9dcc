package io.contactscontracts.contracts.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import au.com.dius.pact.provider.junit5.HttpTestTarget;
import au.com.dius.pact.provider.junit5.HttpsTestTarget;
import io.contactscontracts.contracts.SpecFacts;
import io.contactscontracts.specs.ApiSpec;
import org.junit.jupiter.api.Test;

class ProviderTargetsTest {

  private static final SpecFacts KEJUE = SpecFacts.of(ApiSpec.KEJUE);

  @Test
  void aMockBaseUrlBecomesAnHttpTargetAtTheRoot() {
    assertThat(ProviderTargets.forBaseUrl("http://127.0.0.1:8081/api/v1/", KEJUE))
        .isInstanceOfSatisfying(HttpTestTarget.class, t -> {
          assertThat(t.getHost()).isEqualTo("127.0.0.1");
          assertThat(t.getPort()).isEqualTo(8081);
          assertThat(t.getPath()).isEqualTo("/");
        });
  }

  @Test
  void theProductionBaseUrlBecomesAnHttpsTargetOnPort443() {
    assertThat(ProviderTargets.forBaseUrl(KEJUE.productionBaseUrl(), KEJUE))
        .isInstanceOfSatisfying(HttpsTestTarget.class, t -> {
          assertThat(t.getHost()).isEqualTo("api.kejue.co");
          assertThat(t.getPort()).isEqualTo(443);
          assertThat(t.getPath()).isEqualTo("/");
        });
  }

  @Test
  void whatPrecedesTheSpecsBasePathIsKept() {
    assertThat(ProviderTargets.forBaseUrl("http://gateway.local/kejue/api/v1", KEJUE))
        .isInstanceOfSatisfying(HttpTestTarget.class, t -> {
          assertThat(t.getPort()).isEqualTo(80);
          assertThat(t.getPath()).isEqualTo("/kejue");
        });
  }

  @Test
  void aBaseUrlWithoutTheSpecsBasePathIsRefusedWithAnExample() {
    assertThatThrownBy(() -> ProviderTargets.forBaseUrl("http://127.0.0.1:8081", KEJUE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("http://127.0.0.1:8081/api/v1");
  }
}
