package io.contactscontracts.client;

import io.contactscontracts.client.internal.CallMetrics;
import io.contactscontracts.client.spi.ServiceProfile;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

/**
 * Records a client's calls in a Micrometer {@link MeterRegistry}; pass it to the builder's {@code
 * metrics(...)}. Micrometer is an optional dependency of the client jars: add {@code
 * io.micrometer:micrometer-core} to use this class.
 *
 * <ul>
 *   <li>{@value #REQUESTS} (timer), one per call, retries and their waits included; tags {@code
 *       service} ({@code kejue}, {@code recepta}), {@code operation} ({@code createContact}), {@code
 *       outcome} ({@code success}, or the simple name of the exception thrown, e.g. {@code
 *       RateLimitException}) and {@code status} (the last HTTP status, {@code none} without an answer).
 *   <li>{@value #RETRIES} (counter), one per retry; tags {@code service}, {@code operation}, {@code
 *       reason} ({@code rate_limited}, {@code service_unavailable}, {@code server_error}, {@code
 *       connection_failed}) and {@code status}.
 * </ul>
 *
 * <p>Feign's own {@code feign-micrometer} is not used: it has no release for the Feign version the
 * clients use, its tagged constructor sets common tags on the whole registry, and it measures attempts
 * under Feign's class names, without the typed outcomes or retry reasons.
 */
public final class MicrometerMetrics {
  /** Name of the timer of calls. */
  public static final String REQUESTS = "contacts.client.requests";
  /** Name of the counter of retries. */
  public static final String RETRIES = "contacts.client.retries";

  private final MeterRegistry registry;

  private MicrometerMetrics(MeterRegistry registry) {
    this.registry = Objects.requireNonNull(registry, "registry");
  }

  /** Meters in {@code registry}, e.g. Spring Boot's or a {@code SimpleMeterRegistry} in tests. */
  public static MicrometerMetrics of(MeterRegistry registry) {
    return new MicrometerMetrics(registry);
  }

  CallMetrics forService(ServiceProfile service) {
    return new Recorder(registry, service.name().toLowerCase(Locale.ROOT));
  }

  private static final class Recorder implements CallMetrics {
    private final MeterRegistry registry;
    private final String service;

    Recorder(MeterRegistry registry, String service) {
      this.registry = registry;
      this.service = service;
    }

    @Override
    public void callEnded(String operation, long nanos, Throwable failure, int status) {
      Timer.builder(REQUESTS)
          .description("Calls to a contacts API, retries and their waits included")
          .tag("service", service)
          .tag("operation", operation)
          .tag("outcome", failure == null ? "success" : failure.getClass().getSimpleName())
          .tag("status", status(status))
          .register(registry)
          .record(nanos, TimeUnit.NANOSECONDS);
    }

    @Override
    public void retrying(String operation, ContactsApiException failure) {
      Counter.builder(RETRIES)
          .description("Retries of failed attempts to call a contacts API")
          .tag("service", service)
          .tag("operation", operation)
          .tag("reason", reason(failure))
          .tag("status", status(failure.status()))
          .register(registry)
          .increment();
    }

    private static String reason(ContactsApiException failure) {
      if (failure instanceof RateLimitException) {
        return "rate_limited";
      }
      if (failure instanceof ServerException) {
        return failure.status() == 503 ? "service_unavailable" : "server_error";
      }
      return "connection_failed";
    }

    private static String status(int status) {
      return status < 0 ? "none" : String.valueOf(status);
    }
  }
}
