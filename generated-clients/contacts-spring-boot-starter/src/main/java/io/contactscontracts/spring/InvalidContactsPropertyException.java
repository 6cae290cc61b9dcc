package io.contactscontracts.spring;

/** A {@code contacts.*} property the client refuses; start-up fails with the property's name. */
public final class InvalidContactsPropertyException extends IllegalStateException {
  private final String property;

  InvalidContactsPropertyException(String property, RuntimeException reason) {
    super("Invalid " + property + ": " + reason.getMessage(), reason);
    this.property = property;
  }

  /** The full property name, e.g. {@code contacts.kejue.max-retries}. */
  public String property() {
    return property;
  }
}
