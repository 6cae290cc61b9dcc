package io.contactscontracts.client.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Reads a {@code Retry-After} header: delay-seconds or an HTTP-date (RFC 9110, section 10.2.3). */
final class RetryAfter {
  /** Keeps the delay convertible to milliseconds whatever a server sends. */
  private static final long MAX_SECONDS = Long.MAX_VALUE / 1000;

  private RetryAfter() {}

  /**
   * @param now when the response arrived, to turn an HTTP-date into a delay
   * @return the delay (zero for a date in the past), or empty if the value is neither form
   */
  static Optional<Duration> parse(String value, Instant now) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    String text = value.trim();
    if (text.chars().allMatch(c -> c >= '0' && c <= '9')) {
      long seconds;
      try {
        seconds = Math.min(Long.parseLong(text), MAX_SECONDS);
      } catch (NumberFormatException tooManyDigits) {
        seconds = MAX_SECONDS;
      }
      return Optional.of(Duration.ofSeconds(seconds));
    }
    try {
      Instant date = ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
      Duration delay = Duration.between(now, date);
      return Optional.of(delay.isNegative() ? Duration.ZERO : delay);
    } catch (DateTimeParseException notADate) {
      return Optional.empty();
    }
  }
}
