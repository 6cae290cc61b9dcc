package io.contactscontracts.client;

import io.contactscontracts.client.internal.Exchange;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The service rejected the request body as invalid (Kejue answers 422 with a list of problems, Recepta
 * 400 with a message). Sending the same request again will fail the same way: fix it first.
 */
public final class ValidationException extends ContactsApiException {
  private static final long serialVersionUID = 1L;
  private static final int LISTED = 5;

  private final List<Violation> violations;

  ValidationException(Exchange exchange) {
    super(message(exchange), exchange, null);
    this.violations = exchange.error().violations();
  }

  /** The individual problems, if the service listed them (Kejue does; Recepta gives only a message). */
  public List<Violation> violations() {
    return violations;
  }

  private static String message(Exchange e) {
    List<Violation> violations = e.error().violations();
    String details;
    if (violations.isEmpty()) {
      details = e.describeStatus() + (e.error().message().isPresent() ? "" : ", no details in the body; see rawBody()");
    } else {
      details = "HTTP " + e.status() + ": "
          + violations.stream().limit(LISTED).map(Violation::toString).collect(Collectors.joining("; "))
          + (violations.size() > LISTED ? "; and " + (violations.size() - LISTED) + " more" : "");
    }
    return e.service().name() + " rejected the request as invalid (" + details + "). Fix the request and send it "
        + "again; violations() lists each problem when the service names them.";
  }
}
