package io.contactscontracts.client.internal;

import io.contactscontracts.client.spi.ServiceProfile;

/** Checks an API key before a client is built. */
public final class ApiKey {
  private ApiKey() {}

  /**
   * Returns {@code apiKey} unchanged.
   *
   * @param example an example of the service's key format, used in the error message
   * @throws IllegalStateException if the key is null or blank
   */
  public static String require(String apiKey, String service, String example) {
    if (apiKey == null || apiKey.isBlank()) {
      throw new IllegalStateException(
          "A " + service + " API key is required: call builder().apiKey(\"" + example + "\")");
    }
    return apiKey;
  }

  /** Logs a warning (without the key) if {@code apiKey} has none of the service's documented prefixes. */
  public static void warnIfUnexpectedFormat(String apiKey, ServiceProfile service) {
    if (service.keyPrefixes().isEmpty() || service.keyPrefixes().stream().anyMatch(apiKey::startsWith)) {
      return;
    }
    service.logger().warn("The {} API key does not start with {}, the documented format; check that it is a {} key "
        + "(requests with it will likely fail with an AuthenticationException).",
        service.name(), service.keyPrefixesText(), service.name());
  }
}
