package io.contactscontracts.client.internal;

import feign.Request;
import feign.RequestTemplate;
import feign.RetryableException;
import feign.Retryer;
import io.contactscontracts.client.ContactsApiException;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;

/**
 * Feign's retry hook: decides with the {@link RetryPolicy} whether a failed attempt is tried again,
 * waits, and otherwise throws the typed exception (with earlier attempts' failures suppressed on it).
 * Feign hands it transport failures and the error answers {@link TypedErrorDecoder} marks retryable.
 */
final class SafeRetryer implements Retryer {
  private final RetryPolicy policy;
  private final IoFailures ioFailures;
  private final Logger log;
  private final CallMetrics metrics;
  private final List<ContactsApiException> earlier = new ArrayList<>();

  SafeRetryer(RetryPolicy policy, IoFailures ioFailures, Logger log, CallMetrics metrics) {
    this.policy = policy;
    this.ioFailures = ioFailures;
    this.log = log;
    this.metrics = metrics;
  }

  @Override
  public void continueOrPropagate(RetryableException e) {
    ContactsApiException failure = typed(e);
    int retry = earlier.size() + 1;
    Optional<Duration> delay = retry <= policy.maxRetries() && policy.allows(failure)
        ? policy.delayBefore(retry, failure.retryAfter())
        : Optional.empty();
    if (delay.isEmpty()) {
      earlier.forEach(failure::addSuppressed);
      throw failure;
    }
    log.debug("Retrying in {} ms (retry {} of {}) after: {}",
        delay.get().toMillis(), retry, policy.maxRetries(), failure.getMessage());
    metrics.retrying(operation(e.request()), failure);
    try {
      Thread.sleep(delay.get().toMillis());
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      earlier.forEach(failure::addSuppressed);
      throw failure;
    }
    earlier.add(failure);
  }

  private ContactsApiException typed(RetryableException e) {
    Throwable cause = e.getCause();
    if (cause instanceof ContactsApiException) {
      return (ContactsApiException) cause;
    }
    if (cause instanceof IOException) {
      return ioFailures.toException((IOException) cause, e.request());
    }
    throw e;
  }

  /** The generated method a request was made by; {@code unknown} for a request Feign did not build. */
  private static String operation(Request request) {
    RequestTemplate template = request == null ? null : request.requestTemplate();
    return template == null || template.methodMetadata() == null
        ? "unknown"
        : template.methodMetadata().method().getName();
  }

  @Override
  public Retryer clone() {
    return new SafeRetryer(policy, ioFailures, log, metrics);
  }
}
