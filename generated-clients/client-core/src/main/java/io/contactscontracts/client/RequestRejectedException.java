package io.contactscontracts.client;

import io.contactscontracts.client.internal.Exchange;

/**
 * Any other answer that is not a success and not covered by a more specific exception, e.g. 404 for a
 * wrong base URL, 413 for a body that is too large, or a redirect (redirects are not followed, so a POST
 * never silently turns into a GET).
 */
public final class RequestRejectedException extends ContactsApiException {
  private static final long serialVersionUID = 1L;

  RequestRejectedException(Exchange exchange) {
    super(message(exchange), exchange, null);
  }

  private static String message(Exchange e) {
    return e.service().name() + " answered " + e.describeStatus() + " to " + e.describeRequest() + ". "
        + hint(e);
  }

  private static String hint(Exchange e) {
    int status = e.status();
    if (status == 404 || status == 405) {
      return "Check the base URL: it must include the version path, e.g. " + e.service().builderHint()
          + ".baseUrl(\"http://localhost:8081/api/v1\").";
    }
    if (status == 413) {
      return "The request body is too large; send fewer or shorter fields.";
    }
    if (status >= 300 && status < 400) {
      return "Redirects are not followed; point the base URL at the address the service redirects to"
          + e.header("Location").map(l -> " (" + l + ")").orElse("") + ".";
    }
    return "See rawBody() for the service's explanation.";
  }
}
