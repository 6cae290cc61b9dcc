package io.contactscontracts.contracts;

import java.nio.file.Path;

/**
 * Where pacts live. The build passes both directories as system properties (see the module's pom);
 * the defaults hold when a test runs from an IDE with the module as working directory.
 */
public final class PactDirectories {
  private PactDirectories() {}

  /** Where the consumer tests write pacts: {@code target/pacts}. */
  public static Path generated() {
    return Path.of(System.getProperty("pacts.generated", "target/pacts"));
  }

  /** The committed copies: {@code contract-tests/pacts}. */
  public static Path locked() {
    return Path.of(System.getProperty("pacts.locked", "pacts"));
  }
}
