package io.contactscontracts.client;

import io.contactscontracts.client.internal.Exchange;
import io.contactscontracts.client.internal.FailureFactory;
import java.time.Duration;

/**
 * The one place the typed exceptions are created, beside them so that their constructors stay
 * package-private; the client's internals reach it as a {@link FailureFactory}.
 */
final class Failures implements FailureFactory {
  static final Failures INSTANCE = new Failures();

  private Failures() {}

  @Override
  public ContactsApiException answered(Exchange answer) {
    int status = answer.status();
    if (status == 401 || status == 403) {
      return new AuthenticationException(answer);
    }
    if (status == 400 || status == 422) {
      return new ValidationException(answer);
    }
    if (status == 429) {
      return new RateLimitException(answer);
    }
    if (status >= 500) {
      return new ServerException(answer);
    }
    return new RequestRejectedException(answer);
  }

  @Override
  public ResponseDecodingException undecodable(Exchange answer, String expected, Throwable cause) {
    return new ResponseDecodingException(answer, expected, cause);
  }

  @Override
  public ConnectionException connectionFailed(String message, Exchange exchange, boolean requestSent,
      Throwable cause) {
    return new ConnectionException(message, exchange, requestSent, cause);
  }

  @Override
  public ApiTimeoutException timedOut(String message, Exchange exchange, boolean requestSent, Duration timeout,
      Throwable cause) {
    return new ApiTimeoutException(message, exchange, requestSent, timeout, cause);
  }
}
