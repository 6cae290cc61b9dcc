package io.contactscontracts.client;

import feign.Request;
import feign.RequestTemplate;

/**
 * Where a client reports each call and each retry. Kept free of Micrometer types so that the client
 * jars work without Micrometer on the classpath; {@link MicrometerMetrics} implements it.
 */
interface CallMetrics {
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

  /** The generated method a request was made by; {@code unknown} for a request Feign did not build. */
  static String operation(Request request) {
    RequestTemplate template = request == null ? null : request.requestTemplate();
    return template == null || template.methodMetadata() == null
        ? "unknown"
        : template.methodMetadata().method().getName();
  }
}
