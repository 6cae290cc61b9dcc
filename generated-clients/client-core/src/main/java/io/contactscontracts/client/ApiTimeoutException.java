package io.contactscontracts.client;

import io.contactscontracts.client.internal.Exchange;
import java.time.Duration;

/**
 * A timeout elapsed: connecting took longer than the connect timeout (the request was not sent), or the
 * service did not answer within the read timeout (the request was sent and may have been processed).
 */
public final class ApiTimeoutException extends ConnectionException {
  private static final long serialVersionUID = 1L;

  private final Duration timeout;

  ApiTimeoutException(String message, Exchange exchange, boolean requestSent, Duration timeout, Throwable cause) {
    super(message, exchange, requestSent, cause);
    this.timeout = timeout;
  }

  /** The timeout that elapsed (the connect or the read timeout the client was built with). */
  public Duration timeout() {
    return timeout;
  }
}
