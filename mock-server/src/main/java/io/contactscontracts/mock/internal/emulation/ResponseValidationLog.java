package io.contactscontracts.mock.internal.emulation;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Bugs of the mock: responses that failed validation against the spec, and failures inside the emulation.
 * The JUnit extension fails any test during which one occurred; the count is kept whole, the descriptions
 * bounded.
 */
public final class ResponseValidationLog {
  private static final int KEEP = 100;

  private final AtomicLong count = new AtomicLong();
  private final List<String> recent = new ArrayList<>();

  void record(String description) {
    count.incrementAndGet();
    synchronized (recent) {
      if (recent.size() == KEEP) {
        recent.remove(0);
      }
      recent.add(description);
    }
  }

  /** How many responses failed validation since the server started. */
  public long count() {
    return count.get();
  }

  /** Descriptions of the most recent failures (at most 100), oldest first. */
  public List<String> recent() {
    synchronized (recent) {
      return List.copyOf(recent);
    }
  }
}
