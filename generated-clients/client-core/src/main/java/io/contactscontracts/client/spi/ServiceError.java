package io.contactscontracts.client.spi;

import io.contactscontracts.client.Violation;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** What a service's error body says, once read from the service's own error format. */
public final class ServiceError {
  private static final ServiceError NONE = new ServiceError(null, List.of());

  private final String message;
  private final List<Violation> violations;

  private ServiceError(String message, List<Violation> violations) {
    this.message = message;
    this.violations = List.copyOf(violations);
  }

  /** An error body that carries a message only. */
  public static ServiceError of(String message) {
    return new ServiceError(Objects.requireNonNull(message, "message"), List.of());
  }

  /** An error body that lists individual problems; {@code message} summarises them. */
  public static ServiceError of(String message, List<Violation> violations) {
    return new ServiceError(Objects.requireNonNull(message, "message"), violations);
  }

  /** No readable error body (empty, not JSON, or not in the service's format). */
  public static ServiceError none() {
    return NONE;
  }

  public Optional<String> message() {
    return Optional.ofNullable(message);
  }

  public List<Violation> violations() {
    return violations;
  }
}
