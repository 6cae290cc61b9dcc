package io.contactscontracts.client;

import java.util.Objects;
import java.util.Optional;

/** One problem the service found in a request, as reported in a validation error. */
public final class Violation {
  private final String field;
  private final String message;
  private final String type;

  private Violation(String field, String message, String type) {
    this.field = field;
    this.message = Objects.requireNonNull(message, "message");
    this.type = type;
  }

  /**
   * @param field where the problem is, e.g. {@code body.email}; {@code null} if the service did not say
   * @param message the service's description of the problem
   * @param type the service's machine-readable code, e.g. {@code string_type}; {@code null} if none
   */
  public static Violation of(String field, String message, String type) {
    return new Violation(field, message, type);
  }

  /** Where the problem is, e.g. {@code body.email} (the service's location joined with dots). */
  public Optional<String> field() {
    return Optional.ofNullable(field);
  }

  public String message() {
    return message;
  }

  /** The service's machine-readable code for the problem, if it gives one. */
  public Optional<String> type() {
    return Optional.ofNullable(type);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Violation)) {
      return false;
    }
    Violation other = (Violation) o;
    return Objects.equals(field, other.field) && message.equals(other.message) && Objects.equals(type, other.type);
  }

  @Override
  public int hashCode() {
    return Objects.hash(field, message, type);
  }

  @Override
  public String toString() {
    return field == null ? message : field + ": " + message;
  }
}
