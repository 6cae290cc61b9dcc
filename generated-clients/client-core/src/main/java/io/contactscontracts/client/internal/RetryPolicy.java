package io.contactscontracts.client.internal;

import io.contactscontracts.client.ConnectionException;
import io.contactscontracts.client.ContactsApiException;
import io.contactscontracts.client.RateLimitException;
import io.contactscontracts.client.ServerException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Which failures are retried and how long to wait. Only what cannot create a contact twice is retried
 * by default: 429, 503 and connections that failed before the request was sent.
 */
public final class RetryPolicy {
  private final int maxRetries;
  private final Duration initialBackoff;
  private final Duration maxDelay;
  private final boolean retryServerErrors;

  public RetryPolicy(int maxRetries, Duration initialBackoff, Duration maxDelay, boolean retryServerErrors) {
    this.maxRetries = maxRetries;
    this.initialBackoff = initialBackoff;
    this.maxDelay = maxDelay;
    this.retryServerErrors = retryServerErrors;
  }

  int maxRetries() {
    return maxRetries;
  }

  boolean allows(ContactsApiException failure) {
    if (failure instanceof RateLimitException) {
      return true;
    }
    if (failure instanceof ServerException) {
      return failure.status() == 503 || retryServerErrors;
    }
    if (failure instanceof ConnectionException) {
      return !((ConnectionException) failure).requestSent();
    }
    return false;
  }

  /**
   * The wait before retry number {@code retry} (1-based): the service's {@code Retry-After} if it gave
   * one, else exponential backoff with jitter. Empty if the service asks for more than the maximum
   * delay: then the caller gets the exception at once and can schedule the retry itself.
   */
  Optional<Duration> delayBefore(int retry, Optional<Duration> retryAfter) {
    if (retryAfter.isPresent()) {
      return retryAfter.get().compareTo(maxDelay) <= 0 ? retryAfter : Optional.empty();
    }
    return Optional.of(backoff(retry));
  }

  /** "Equal jitter": a random wait between half and all of {@code initial × 2^(retry-1)}, capped. */
  Duration backoff(int retry) {
    long cap = maxDelay.toMillis();
    long ceiling = initialBackoff.toMillis();
    for (int i = 1; i < retry && ceiling < cap; i++) {
      ceiling *= 2;
    }
    ceiling = Math.min(ceiling, cap);
    long half = ceiling / 2;
    return Duration.ofMillis(half + ThreadLocalRandom.current().nextLong(ceiling - half + 1));
  }
}
