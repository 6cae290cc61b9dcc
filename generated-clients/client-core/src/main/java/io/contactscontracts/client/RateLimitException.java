package io.contactscontracts.client;

import io.contactscontracts.client.internal.Durations;
import io.contactscontracts.client.internal.Exchange;

/**
 * The service is rate limiting this API key (HTTP 429). The client already retried as configured;
 * {@link #retryAfter()} says how long the service asked to wait.
 */
public final class RateLimitException extends ContactsApiException {
  private static final long serialVersionUID = 1L;

  RateLimitException(Exchange exchange) {
    super(message(exchange), exchange, null);
  }

  private static String message(Exchange e) {
    String wait = e.retryAfter()
        .map(d -> "wait " + Durations.describe(d) + " (Retry-After) before sending it again")
        .orElse("wait before sending it again");
    return e.service().name() + " is rate limiting this API key (" + e.describeStatus() + "); " + wait
        + ", or lower the request rate. The request was not processed.";
  }
}
