package io.contactscontracts.client;

import io.contactscontracts.client.internal.Exchange;
import io.contactscontracts.client.spi.ServiceProfile;

/** The service did not accept the API key (HTTP 401, or 403 for a key without the needed rights). */
public final class AuthenticationException extends ContactsApiException {
  private static final long serialVersionUID = 1L;

  AuthenticationException(Exchange exchange) {
    super(message(exchange), exchange, null);
  }

  private static String message(Exchange e) {
    ServiceProfile s = e.service();
    String what = e.status() == 403
        ? " refused the API key for this operation"
        : " rejected the API key";
    return s.name() + what + " (" + e.describeStatus() + "). Check the " + s.keyHeader()
        + " header: pass a valid, active " + s.name() + " key (" + s.keyPrefixesText() + ") to "
        + s.builderHint() + ".apiKey(...).";
  }
}
