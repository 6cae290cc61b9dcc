package io.contactscontracts.mock.internal.emulation;

import io.contactscontracts.mock.internal.openapi.DeclaredRules.IdFormat;
import io.contactscontracts.mock.internal.openapi.DeclaredRules.TimestampFormat;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/** The values a server makes itself: ids in the declared format and timestamps in the declared format. */
final class ServerAssigned {
  private static final DateTimeFormatter MILLIS_UTC =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter MICROS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS");

  private final Supplier<String> ids;
  private final TimestampFormat timestamps;

  ServerAssigned(IdFormat idFormat, TimestampFormat timestamps) {
    this.ids = ids(idFormat);
    this.timestamps = timestamps;
  }

  String newId() {
    return ids.get();
  }

  /** The current time as the service writes it. */
  String now() {
    Instant now = Instant.now();
    switch (timestamps) {
      case ISO_UTC_MILLIS:
        return MILLIS_UTC.format(now);
      case ISO_LOCAL_MICROS:
        return MICROS.format(LocalDateTime.ofInstant(now, ZoneOffset.UTC));
      case ISO_UTC_SECONDS:
      default:
        return now.truncatedTo(ChronoUnit.SECONDS).toString();
    }
  }

  private static Supplier<String> ids(IdFormat format) {
    switch (format) {
      case OBJECT_ID:
        return ServerAssigned::objectId;
      case SEQUENCE:
        AtomicLong next = new AtomicLong();
        return () -> Long.toString(next.incrementAndGet());
      case UUID:
      default:
        return ServerAssigned::randomUuid;
    }
  }

  /*
   * Ids come from ThreadLocalRandom, not SecureRandom (which UUID.randomUUID uses): a mock's ids need to be
   * unique, not unguessable, and the JDK's SecureRandom is one lock for all threads; under load, requests
   * queued on it for up to tens of milliseconds (bench/results, JFR jdk.JavaMonitorEnter).
   */

  /** A random (version 4) UUID. */
  static String randomUuid() {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    long most = (random.nextLong() & ~0xF000L) | 0x4000L; // version 4
    long least = (random.nextLong() & ~(0xC0L << 56)) | (0x80L << 56); // IETF variant
    return new UUID(most, least).toString();
  }

  /** A MongoDB-style ObjectId: 4 bytes of seconds since the epoch, then 8 random bytes, as 24 lowercase hex. */
  static String objectId() {
    long seconds = System.currentTimeMillis() / 1000;
    String time = Long.toHexString(0x1_0000_0000L | (seconds & 0xFFFF_FFFFL)).substring(1);
    long random = ThreadLocalRandom.current().nextLong();
    String rest = Long.toHexString(random);
    return time + "0".repeat(16 - rest.length()) + rest;
  }
}
