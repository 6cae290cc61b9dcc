package io.contactscontracts.mock.internal.openapi;

/** A spec the mock cannot emulate from; the message names the file, where in it, and what is allowed. */
public final class InvalidSpecException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  public InvalidSpecException(String message) {
    super(message);
  }
}
