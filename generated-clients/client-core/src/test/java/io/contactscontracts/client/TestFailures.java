package io.contactscontracts.client;

import io.contactscontracts.client.internal.FailureFactory;

/** Hands the internals' unit tests the factory of the typed exceptions, whose constructors are package-private. */
public final class TestFailures {
  private TestFailures() {}

  public static FailureFactory factory() {
    return Failures.INSTANCE;
  }
}
