package io.contactscontracts.client.internal;

import io.contactscontracts.client.ApiTimeoutException;
import io.contactscontracts.client.ConnectionException;
import io.contactscontracts.client.ContactsApiException;
import io.contactscontracts.client.ResponseDecodingException;
import java.time.Duration;

/**
 * Creates the typed exceptions. Implemented in {@code io.contactscontracts.client} beside them, so that
 * their constructors, which take this package's {@link Exchange}, stay out of the public API.
 */
public interface FailureFactory {

  /** The exception for an answer that is not a success: decided by its status. */
  ContactsApiException answered(Exchange answer);

  /** A success answer whose body is empty ({@code cause} null) or not the {@code expected} JSON. */
  ResponseDecodingException undecodable(Exchange answer, String expected, Throwable cause);

  /** No answer arrived, and no timeout elapsed. */
  ConnectionException connectionFailed(String message, Exchange exchange, boolean requestSent, Throwable cause);

  /** No answer arrived within {@code timeout}. */
  ApiTimeoutException timedOut(String message, Exchange exchange, boolean requestSent, Duration timeout,
      Throwable cause);
}
