package io.contactscontracts.client.internal;

import java.time.Duration;

/** Short human-readable durations for messages: {@code 1 s}, {@code 250 ms}. */
public final class Durations {
  private Durations() {}

  public static String describe(Duration d) {
    long millis = d.toMillis();
    if (millis % 1000 == 0) {
      return (millis / 1000) + " s";
    }
    return millis + " ms";
  }
}
