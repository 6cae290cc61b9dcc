package io.contactscontracts.mock.internal.emulation;

import io.contactscontracts.mock.internal.validation.Violation;
import com.fasterxml.jackson.databind.JsonNode;
import io.contactscontracts.mock.internal.openapi.DeclaredRules;
import java.util.List;

/**
 * How a service words its errors: the body of a plain error and of a request-validation failure. One
 * implementation per framework; the spec's {@code x-emulation.errorStyle} selects it ({@link #of}).
 */
public interface ErrorShape {

  /** The wording of a declared error style. */
  static ErrorShape of(DeclaredRules.ErrorStyle style) {
    switch (style) {
      case FASTAPI:
        return new FastApiErrors();
      case EXPRESS_ENVELOPE:
        return new ExpressEnvelopeErrors();
      default:
        throw new IllegalArgumentException("No wording for " + style);
    }
  }

  /** Status of a request-validation failure (Kejue 422, Recepta 400). */
  int validationStatus();

  /** Body of an error that is only a message (401, 404, 413, 429, 5xx …). */
  JsonNode message(String message);

  /**
   * Body of a request-validation failure.
   *
   * @param violations never empty
   * @param body the request body as read, or null when there was none or it was not JSON
   */
  JsonNode validation(List<Violation> violations, JsonNode body);
}
