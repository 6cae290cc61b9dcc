package io.contactscontracts.clients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.contactscontracts.client.RateLimitException;
import io.contactscontracts.mock.junit.ContactsMockExtension;
import io.contactscontracts.mock.MockService;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The builders' header hook drives the mock's own fault switch ({@code Prefer: code=429}) and an
 * interceptor's header reaches the mock, as its request journal shows, on the first attempt and on each
 * retry.
 */
class HeadersAgainstTheMockTest {
  private static final int MAX_RETRIES = 2;

  @RegisterExtension
  static final ContactsMockExtension mock = ContactsMockExtension.randomPorts();

  @ParameterizedTest
  @EnumSource(MockService.class)
  @Timeout(value = 20, unit = TimeUnit.SECONDS)
  void preferCode429IsRetriedAsTheMocksRetryAfterSaysThenSurfacesAsARateLimit(MockService service) {
    String correlationId = UUID.randomUUID().toString();

    RateLimitException e = catchThrowableOfType(RateLimitException.class, () -> MockClients.createContact(mock, service,
        builder -> builder.maxRetries(MAX_RETRIES)
            .header("Prefer", "code=429")
            .requestInterceptor(template -> template.header("X-Correlation-Id", correlationId))));

    assertThat(e).isNotNull();
    assertThat(e.status()).isEqualTo(429);
    assertThat(e.retryAfter()).as("the mock's Retry-After").isPresent();
    assertThat(e.getSuppressed()).hasSize(MAX_RETRIES).allSatisfy(s -> assertThat(s).isInstanceOf(RateLimitException.class));
    List<LoggedRequest> attempts = journal(service, correlationId);
    assertThat(attempts).as("first attempt and each retry").hasSize(MAX_RETRIES + 1).allSatisfy(request -> {
      assertThat(request.getHeaders().getHeader("X-Correlation-Id").values()).containsExactly(correlationId);
      assertThat(request.getHeaders().getHeader("Prefer").values()).containsExactly("code=429");
    });
    Duration firstToLast = Duration.between(attempts.get(0).getLoggedDate().toInstant(),
        attempts.get(attempts.size() - 1).getLoggedDate().toInstant());
    assertThat(firstToLast).as("waited Retry-After before each retry")
        .isGreaterThanOrEqualTo(e.retryAfter().get().multipliedBy(MAX_RETRIES).minusMillis(100));
  }

  /** The requests the mock received carrying this correlation id, oldest first. */
  private static List<LoggedRequest> journal(MockService service, String correlationId) {
    return mock.server().wireMock(service).getAllServeEvents().stream()
        .map(ServeEvent::getRequest)
        .filter(request -> correlationId.equals(request.getHeader("X-Correlation-Id")))
        .sorted(Comparator.comparing(LoggedRequest::getLoggedDate))
        .collect(Collectors.toList());
  }
}
