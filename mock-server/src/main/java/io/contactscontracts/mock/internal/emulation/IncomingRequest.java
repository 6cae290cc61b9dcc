package io.contactscontracts.mock.internal.emulation;

import java.util.List;

/**
 * What the emulation reads of a request. Two ways in give it one: requests answered straight from the servlet
 * filter (the common case) and requests WireMock routed to the emulation's catch-all stub.
 */
public interface IncomingRequest {
  /** The method, upper case, e.g. {@code POST}. */
  String method();

  /** The path as sent, with {@code ?query} when there is one. */
  String url();

  /** The values of a header, looked up case-insensitively; empty when it was not sent. */
  List<String> header(String name);

  /** The body as read (decoded, within the service's limit); empty when none was sent. */
  byte[] body();

  /** The first value of a header, or null. */
  default String firstHeader(String name) {
    List<String> values = header(name);
    return values.isEmpty() ? null : values.get(0);
  }
}
