package io.contactscontracts.client.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RetryAfterTest {
  private static final Instant NOW = Instant.parse("2026-01-15T09:30:00Z");

  @Test
  void readsDelaySeconds() {
    assertThat(RetryAfter.parse("1", NOW)).hasValue(Duration.ofSeconds(1));
    assertThat(RetryAfter.parse(" 120 ", NOW)).hasValue(Duration.ofSeconds(120));
    assertThat(RetryAfter.parse("0", NOW)).hasValue(Duration.ZERO);
  }

  @Test
  void readsAnHttpDateAsTheTimeUntilThen() {
    assertThat(RetryAfter.parse("Thu, 15 Jan 2026 09:30:42 GMT", NOW)).hasValue(Duration.ofSeconds(42));
  }

  @Test
  void aDateInThePastMeansNoWait() {
    assertThat(RetryAfter.parse("Thu, 15 Jan 2026 09:00:00 GMT", NOW)).hasValue(Duration.ZERO);
  }

  @Test
  void anAbsurdlyLargeDelayStaysUsable() {
    Duration delay = RetryAfter.parse("99999999999999999999999", NOW).orElseThrow();
    assertThat(delay.toMillis()).isPositive();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "soon", "-5", "1.5", "2026-01-15T09:30:42Z"})
  void ignoresWhatIsNeitherForm(String value) {
    assertThat(RetryAfter.parse(value, NOW)).isEmpty();
  }

  @Test
  void ignoresAMissingHeader() {
    assertThat(RetryAfter.parse(null, NOW)).isEmpty();
  }
}
