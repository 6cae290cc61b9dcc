package io.contactscontracts.client.internal;

import io.contactscontracts.client.ContactsApiException;

/**
 * Where a client reports each call and each retry. Kept free of Micrometer types so that the client
 * jars work without Micrometer on the classpath; {@code MicrometerMetrics} implements it.
 */
public interface CallMetrics {
  CallMetrics NONE = new CallMetrics() {
    @Override
    public void callEnded(String operation, long nanos, Throwable failure, int status) {}

    @Override
    public void retrying(String operation, ContactsApiException failure) {}
  };

  /**
   * @param operation the generated method, e.g. {@code createContact}
   * @param nanos how long the call took, retries and their waits included
   * @param failure what the call threw, or null if it succeeded
   * @param status the last HTTP status, or -1 if no answer came
   */
  void callEnded(String operation, long nanos, Throwable failure, int status);

  /** A failed attempt of {@code operation} is about to be retried. */
  void retrying(String operation, ContactsApiException failure);
}
