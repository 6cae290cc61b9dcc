package io.contactscontracts.recepta.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.contactscontracts.client.spi.ErrorBodyReader;
import io.contactscontracts.client.spi.ServiceError;
import io.contactscontracts.recepta.model.ErrorResponse;
import java.io.IOException;
import java.util.Optional;

/**
 * Reads Recepta's error envelope {@code {"success": false, "message": "..."}} with the generated model
 * (its message is the exception's {@code serviceMessage()}; Recepta lists no violations). The only
 * Recepta-specific code of the client; its generated {@code ReceptaClient} uses it. Not API.
 */
public final class ReceptaErrorBodies implements ErrorBodyReader {

  @Override
  public Optional<ServiceError> read(JsonNode body, ObjectMapper mapper) throws IOException {
    return Optional.ofNullable(mapper.treeToValue(body, ErrorResponse.class).getMessage()).map(ServiceError::of);
  }
}
