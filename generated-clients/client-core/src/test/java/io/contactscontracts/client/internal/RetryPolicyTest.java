package io.contactscontracts.client.internal;

import static io.contactscontracts.client.internal.Fixtures.failure;
import static org.assertj.core.api.Assertions.assertThat;

import io.contactscontracts.client.ConnectionException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {
  private final RetryPolicy safe = new RetryPolicy(2, Duration.ofMillis(500), Duration.ofSeconds(30), false);
  private final RetryPolicy withServerErrors = new RetryPolicy(2, Duration.ofMillis(500), Duration.ofSeconds(30), true);
  private final IoFailures io = new IoFailures(Fixtures.SERVICE, Duration.ofSeconds(5), Duration.ofSeconds(30), Fixtures.FAILURES);

  @Test
  void retriesOnlyWhatCannotCreateTheContactTwiceByDefault() {
    assertThat(safe.allows(failure(429))).isTrue();
    assertThat(safe.allows(failure(503))).isTrue();
    assertThat(safe.allows(connection(new ConnectException("Connection refused")))).isTrue();
    assertThat(safe.allows(connection(new SocketTimeoutException("Connect timed out")))).isTrue();

    assertThat(safe.allows(failure(500))).isFalse();
    assertThat(safe.allows(failure(502))).isFalse();
    assertThat(safe.allows(connection(new SocketTimeoutException("Read timed out")))).isFalse();
    assertThat(safe.allows(connection(new IOException("unexpected end of stream")))).isFalse();
    assertThat(safe.allows(failure(401))).isFalse();
    assertThat(safe.allows(failure(422))).isFalse();
    assertThat(safe.allows(failure(404))).isFalse();
  }

  @Test
  void retriesEveryServerErrorOnlyWhenOptedIn() {
    assertThat(withServerErrors.allows(failure(500))).isTrue();
    assertThat(withServerErrors.allows(failure(504))).isTrue();
    assertThat(withServerErrors.allows(connection(new SocketTimeoutException("Read timed out"))))
        .as("opting in covers 5xx answers, not requests that got no answer").isFalse();
  }

  @Test
  void waitsWhatRetryAfterAsksUpToTheMaximumDelay() {
    assertThat(safe.delayBefore(1, Optional.of(Duration.ofSeconds(1)))).hasValue(Duration.ofSeconds(1));
    assertThat(safe.delayBefore(2, Optional.of(Duration.ofSeconds(30)))).hasValue(Duration.ofSeconds(30));
    assertThat(safe.delayBefore(1, Optional.of(Duration.ofSeconds(31)))).as("longer: give up at once").isEmpty();
  }

  @RepeatedTest(20)
  void backsOffExponentiallyWithJitterBetweenHalfAndAllOfTheStep() {
    assertThat(safe.backoff(1)).isBetween(Duration.ofMillis(250), Duration.ofMillis(500));
    assertThat(safe.backoff(2)).isBetween(Duration.ofMillis(500), Duration.ofMillis(1000));
    assertThat(safe.backoff(3)).isBetween(Duration.ofMillis(1000), Duration.ofMillis(2000));
  }

  @RepeatedTest(20)
  void backoffIsCappedAtTheMaximumDelay() {
    assertThat(safe.backoff(40)).isBetween(Duration.ofSeconds(15), Duration.ofSeconds(30));
  }

  private ConnectionException connection(IOException cause) {
    return io.toException(cause, Fixtures.request());
  }
}
