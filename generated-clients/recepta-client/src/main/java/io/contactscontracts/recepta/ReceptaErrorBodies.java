package io.contactscontracts.recepta;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.contactscontracts.client.ErrorBodyReader;
import io.contactscontracts.client.ServiceError;
import io.contactscontracts.recepta.model.ErrorResponse;
import java.io.IOException;
import java.util.Optional;

/** Reads Recepta's error envelope {@code {"success": false, "message": "..."}} with the generated model. */
final class ReceptaErrorBodies implements ErrorBodyReader {
  private final ObjectMapper mapper;

  ReceptaErrorBodies(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  @Override
  public Optional<ServiceError> read(byte[] body) throws IOException {
    JsonNode tree = mapper.readTree(body);
    if (tree == null || !tree.isObject()) {
      return Optional.empty();
    }
    String message = mapper.treeToValue(tree, ErrorResponse.class).getMessage();
    return message == null ? Optional.empty() : Optional.of(ServiceError.of(message));
  }
}
