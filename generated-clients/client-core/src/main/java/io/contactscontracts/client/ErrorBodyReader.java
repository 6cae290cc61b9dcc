package io.contactscontracts.client;

import java.io.IOException;
import java.util.Optional;

/**
 * Reads a service's error body format (implemented by each client with its generated models).
 * Implementations may throw or return empty for anything that is not in their format; the client then
 * still throws the right typed exception, with the raw body.
 */
@FunctionalInterface
public interface ErrorBodyReader {

  /**
   * @param body the raw response body, possibly empty
   * @return what the body says, or empty if it is not in the service's error format
   */
  Optional<ServiceError> read(byte[] body) throws IOException;
}
