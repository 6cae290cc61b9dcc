package io.contactscontracts.client.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.contactscontracts.client.spi.ErrorBodyReader;
import io.contactscontracts.client.spi.ServiceError;
import io.contactscontracts.client.spi.ServiceProfile;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Reads error bodies with the service's {@link ErrorBodyReader}, never failing on one it cannot read. */
final class ErrorBodies {
  /** The longest plain-text error body read as the service's message (Starlette's 500 is 21 characters). */
  private static final int MAX_PLAIN_MESSAGE = 200;

  private final ErrorBodyReader reader;
  /** Reads error bodies only; a configured ObjectMapper is thread-safe. */
  private final ObjectMapper mapper;

  ErrorBodies(ServiceProfile service) {
    this.reader = service.errorReader();
    this.mapper = service.generated().newObjectMapper();
  }

  /**
   * Reads the error body; anything unreadable or in another shape is {@link ServiceError#none()}. A short
   * one-line {@code text/plain} body (what Starlette answers an unhandled error with) is the message itself.
   */
  ServiceError read(byte[] body, String contentType) {
    if (body == null || body.length == 0) {
      return ServiceError.none();
    }
    if (contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("text/plain")) {
      String text = new String(body, StandardCharsets.UTF_8).trim();
      return !text.isEmpty() && text.length() <= MAX_PLAIN_MESSAGE && text.indexOf('\n') < 0
          ? ServiceError.of(text) : ServiceError.none();
    }
    try {
      JsonNode tree = mapper.readTree(body);
      return tree != null && tree.isObject()
          ? reader.read(tree, mapper).orElse(ServiceError.none())
          : ServiceError.none();
    } catch (Exception notInTheServiceFormat) {
      return ServiceError.none();
    }
  }
}
