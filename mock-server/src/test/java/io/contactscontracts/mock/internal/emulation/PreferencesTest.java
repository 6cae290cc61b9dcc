package io.contactscontracts.mock.internal.emulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.http.Fault;
import java.util.List;
import org.junit.jupiter.api.Test;

class PreferencesTest {

  @Test
  void readsCombinedAndSeparateHeaders() {
    Preferences preferences = Preferences.parse(List.of("code=503, delay=100", "retry-after=9; fault=empty_response"));

    assertThat(preferences.code()).hasValue(503);
    assertThat(preferences.delayMs()).isEqualTo(100);
    assertThat(preferences.retryAfterSeconds()).hasValue(9);
    assertThat(preferences.fault()).hasValue(Fault.EMPTY_RESPONSE);
  }

  @Test
  void noHeaderMeansNoPreference() {
    Preferences preferences = Preferences.parse(List.of());

    assertThat(preferences.code()).isEmpty();
    assertThat(preferences.delayMs()).isZero();
    assertThat(preferences.fault()).isEmpty();
  }

  @Test
  void anUnknownFaultListsTheKnownOnes() {
    assertThatThrownBy(() -> Preferences.parse(List.of("fault=FIRE")))
        .hasMessageContaining("CONNECTION_RESET_BY_PEER").hasMessageContaining("RANDOM_DATA_THEN_CLOSE");
  }
}
