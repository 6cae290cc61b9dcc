package io.contactscontracts.mock.internal.emulation;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What the HTTP layer may answer itself before a request reaches the emulation (a body over the limit, a
 * body it cannot decode, a failure inside WireMock), in the service's own shape. The narrow view of an
 * {@link EmulatedService} that the body guard and Jetty's error pages get.
 */
public interface EarlyAnswers {
  /** The largest body the service reads. */
  int bodyLimitBytes();

  /** The service's 413, on any path. */
  Reply bodyTooLarge(String path, String method);

  /** The service's malformed-JSON error for a body whose content coding cannot be undone. */
  Reply undecodableBody(String path, String method);

  /** A JSON 500 saying the mock, not the request, failed; recorded as a bug of the mock. */
  Reply mockFailure(String request, Throwable failure);

  /** The body of a plain error with this message, in the service's shape. */
  JsonNode plainError(String message);
}
