package io.contactscontracts.client.spi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Optional;

/**
 * Reads a service's error body format (implemented by each client with its generated models). The
 * shared code has already parsed the body as a JSON object; anything else never reaches the reader.
 * Implementations may throw or return empty for a body in another shape; the client then still throws
 * the right typed exception, with the raw body.
 */
@FunctionalInterface
public interface ErrorBodyReader {

  /**
   * @param body the response body, a JSON object
   * @param mapper the generated mapper, to bind {@code body} to the generated error models
   * @return what the body says, or empty if it is not in the service's error format
   */
  Optional<ServiceError> read(JsonNode body, ObjectMapper mapper) throws IOException;
}
