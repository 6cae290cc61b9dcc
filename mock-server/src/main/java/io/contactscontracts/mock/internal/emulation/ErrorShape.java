package io.contactscontracts.mock.internal.emulation;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/** How a service words its errors: the body of a plain error and of a request-validation failure. */
public interface ErrorShape {

  /** Status of a request-validation failure (Kejue 422, Recepta 400). */
  int validationStatus();

  /** Body of an error that is only a message (401, 404, 413, 429, 5xx …). */
  JsonNode message(String message);

  /** Body of a request-validation failure; {@code violations} is never empty. */
  JsonNode validation(List<Violation> violations);
}
