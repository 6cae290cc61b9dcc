package io.contactscontracts.client;

import io.contactscontracts.client.internal.Exchange;

/**
 * The service answered with a success status, but the body is not the JSON the spec describes, so the
 * result could not be read. The request was processed: do not blindly send it again.
 */
public final class ResponseDecodingException extends ContactsApiException {
  private static final long serialVersionUID = 1L;

  ResponseDecodingException(Exchange exchange, String expected, Throwable cause) {
    super(message(exchange, expected, cause), exchange, cause);
  }

  private static String message(Exchange e, String expected, Throwable cause) {
    String problem = cause == null
        ? "its body is empty"
        : "its body is not valid JSON for " + expected + " (" + firstLine(cause.getMessage()) + ")";
    return e.service().name() + " answered " + e.describeStatus() + " to " + e.describeRequest() + " but "
        + problem + ". The request was probably processed, so do not simply send it again. Check the base URL "
        + "(a proxy or error page answers in HTML) and whether the client is up to date with the API; "
        + "rawBody() has what was received.";
  }

  private static String firstLine(String text) {
    if (text == null) {
      return "unreadable";
    }
    int newline = text.indexOf('\n');
    return newline < 0 ? text : text.substring(0, newline);
  }
}
