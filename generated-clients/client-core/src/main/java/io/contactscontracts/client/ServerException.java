package io.contactscontracts.client;

import io.contactscontracts.client.internal.Durations;
import io.contactscontracts.client.internal.Exchange;

/**
 * The service failed (HTTP 5xx). By default only 503 is retried; see {@code retryServerErrors} on the
 * client builder for the others and the risk of creating a contact twice.
 */
public final class ServerException extends ContactsApiException {
  private static final long serialVersionUID = 1L;

  ServerException(Exchange exchange) {
    super(message(exchange), exchange, null);
  }

  private static String message(Exchange e) {
    String name = e.service().name();
    if (e.status() == 503) {
      String wait = e.retryAfter().map(d -> " in " + Durations.describe(d) + " (Retry-After)").orElse(" later");
      return name + " is temporarily unavailable (" + e.describeStatus() + "); send the request again" + wait + ".";
    }
    return name + " failed to handle the request (" + e.describeStatus() + "). It may or may not have been "
        + "processed: check whether the contact exists before sending it again, or retry later.";
  }
}
