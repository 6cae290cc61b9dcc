package io.contactscontracts.kejue.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.contactscontracts.client.Violation;
import io.contactscontracts.client.spi.ErrorBodyReader;
import io.contactscontracts.client.spi.ServiceError;
import io.contactscontracts.kejue.model.HTTPError;
import io.contactscontracts.kejue.model.HTTPValidationError;
import io.contactscontracts.kejue.model.ValidationError;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Reads Kejue's (FastAPI's) error bodies with the generated models: {@code {"detail": [{loc, msg,
 * type}]}} for validation errors ({@link HTTPValidationError}; each entry becomes one of the
 * {@code ValidationException}'s {@code violations()}) and {@code {"detail": "..."}} for the rest
 * ({@link HTTPError}). The only Kejue-specific code of the client; its generated {@code KejueClient}
 * uses it. Not API.
 */
public final class KejueErrorBodies implements ErrorBodyReader {

  @Override
  public Optional<ServiceError> read(JsonNode body, ObjectMapper mapper) throws IOException {
    JsonNode detail = body.path(HTTPValidationError.JSON_PROPERTY_DETAIL);
    if (detail.isArray()) {
      List<Violation> violations = mapper.treeToValue(body, HTTPValidationError.class).getDetail().stream()
          .map(KejueErrorBodies::violation)
          .collect(Collectors.toList());
      String summary = violations.stream().map(Violation::toString).collect(Collectors.joining("; "));
      return Optional.of(ServiceError.of(summary, violations));
    }
    if (detail.isTextual()) {
      return Optional.of(ServiceError.of(mapper.treeToValue(body, HTTPError.class).getDetail()));
    }
    return Optional.empty();
  }

  private static Violation violation(ValidationError error) {
    String field = error.getLoc() == null || error.getLoc().isEmpty()
        ? null
        : error.getLoc().stream().map(String::valueOf).collect(Collectors.joining("."));
    return Violation.of(field, error.getMsg() == null ? "invalid" : error.getMsg(), error.getType());
  }
}
