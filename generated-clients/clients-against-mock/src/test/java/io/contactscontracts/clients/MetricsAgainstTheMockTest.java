package io.contactscontracts.clients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.contactscontracts.client.ClientBuilder;
import io.contactscontracts.client.MicrometerMetrics;
import io.contactscontracts.client.RateLimitException;
import io.contactscontracts.client.ServerException;
import io.contactscontracts.client.ValidationException;
import io.contactscontracts.mock.junit.ContactsMockExtension;
import io.contactscontracts.mock.MockService;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Both clients' Micrometer meters, through real HTTP against the mock server. */
class MetricsAgainstTheMockTest {

  @RegisterExtension
  static final ContactsMockExtension mock = ContactsMockExtension.randomPorts();

  private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

  @ParameterizedTest
  @EnumSource(MockService.class)
  void aCreatedContactIsTimedAsASuccessWithItsStatus(MockService service) {
    createContact(service, builder -> builder);

    Timer timer = registry.get(MicrometerMetrics.REQUESTS)
        .tags("service", name(service), "operation", "createContact", "outcome", "success").timer();
    assertThat(timer.count()).isOne();
    assertThat(timer.getId().getTag("status")).startsWith("2");
    assertThat(registry.find(MicrometerMetrics.RETRIES).counters()).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(MockService.class)
  void aRateLimitIsOneCallWithItsRetriesCountedByReason(MockService service) {
    RateLimitException e = catchThrowableOfType(RateLimitException.class, () -> createContact(service,
        builder -> builder.maxRetries(1).header("Prefer", "code=429")));

    assertThat(e).isNotNull();
    Timer timer = registry.get(MicrometerMetrics.REQUESTS)
        .tags("service", name(service), "outcome", "RateLimitException", "status", "429").timer();
    assertThat(timer.count()).as("one call, however many attempts").isOne();
    assertThat(timer.totalTime(TimeUnit.MILLISECONDS))
        .as("includes the wait the mock's Retry-After asked for")
        .isGreaterThanOrEqualTo(e.retryAfter().orElse(Duration.ZERO).toMillis() - 50);
    Counter retries = registry.get(MicrometerMetrics.RETRIES)
        .tags("service", name(service), "operation", "createContact", "reason", "rate_limited", "status", "429")
        .counter();
    assertThat(retries.count()).isEqualTo(1.0);
  }

  @Test
  void aServiceUnavailableRetryIsCountedAsSuch() {
    catchThrowableOfType(ServerException.class, () -> createContact(MockService.KEJUE,
        builder -> builder.maxRetries(1).header("Prefer", "code=503, retry-after=0")));

    assertThat(registry.get(MicrometerMetrics.RETRIES).tags("reason", "service_unavailable", "status", "503")
        .counter().count()).isEqualTo(1.0);
    assertThat(registry.get(MicrometerMetrics.REQUESTS).tags("outcome", "ServerException", "status", "503")
        .timer().count()).isOne();
  }

  @ParameterizedTest
  @EnumSource(MockService.class)
  void aValidationErrorIsTimedWithItsOutcomeAndIsNotRetried(MockService service) {
    int validationStatus = service == MockService.KEJUE ? 422 : 400;
    ValidationException e = catchThrowableOfType(ValidationException.class,
        () -> createContact(service, builder -> builder.header("Prefer", "code=" + validationStatus)));

    assertThat(e).isNotNull();
    assertThat(registry.get(MicrometerMetrics.REQUESTS)
        .tags("service", name(service), "outcome", "ValidationException", "status", String.valueOf(e.status()))
        .timer().count()).isOne();
    assertThat(registry.find(MicrometerMetrics.RETRIES).counters()).isEmpty();
  }

  private void createContact(MockService service, UnaryOperator<ClientBuilder<?, ?>> options) {
    MockClients.createContact(mock, service, builder -> options.apply(builder.metrics(MicrometerMetrics.of(registry))));
  }

  private static String name(MockService service) {
    return service.name().toLowerCase(Locale.ROOT);
  }
}
