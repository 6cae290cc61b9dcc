package io.contactscontracts.client;

import io.contactscontracts.client.internal.Exchange;

/**
 * No answer arrived: the connection could not be made, or it failed or timed out after the request was
 * sent. {@link #requestSent()} tells the two apart; only a failure before sending is retried
 * automatically, because a create that reached the service may have been processed.
 */
public class ConnectionException extends ContactsApiException {
  private static final long serialVersionUID = 1L;

  private final boolean requestSent;

  ConnectionException(String message, Exchange exchange, boolean requestSent, Throwable cause) {
    super(message, exchange, cause);
    this.requestSent = requestSent;
  }

  /**
   * Whether the request may have reached the service. If {@code true}, the contact may have been created
   * even though no answer arrived: check before sending it again.
   */
  public boolean requestSent() {
    return requestSent;
  }
}
