package io.contactscontracts.mock.internal.emulation;

import com.github.tomakehurst.wiremock.http.Fault;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;

/**
 * What a request asks of the mock through its {@code Prefer} header, as Prism reads it:
 * {@code code=429}, {@code delay=250} (milliseconds), {@code fault=CONNECTION_RESET_BY_PEER} (a WireMock
 * {@link Fault}) and, an addition of this mock, {@code retry-after=5} (seconds). Preferences may be
 * combined in one header ({@code code=503, delay=100}) or spread over several.
 */
public final class Preferences {
  public static final String HEADER = "Prefer";
  static final Preferences NONE = new Preferences(OptionalInt.empty(), 0, Optional.empty(), OptionalInt.empty());

  private final OptionalInt code;
  private final int delayMs;
  private final Optional<Fault> fault;
  private final OptionalInt retryAfterSeconds;

  private Preferences(OptionalInt code, int delayMs, Optional<Fault> fault, OptionalInt retryAfterSeconds) {
    this.code = code;
    this.delayMs = delayMs;
    this.fault = fault;
    this.retryAfterSeconds = retryAfterSeconds;
  }

  /**
   * Reads the {@code Prefer} header values; unknown preferences are ignored (RFC 7240).
   *
   * @throws IllegalArgumentException with a message saying what to send instead, if a value is unusable
   */
  static Preferences parse(List<String> headerValues) {
    OptionalInt code = OptionalInt.empty();
    int delay = 0;
    Optional<Fault> fault = Optional.empty();
    OptionalInt retryAfter = OptionalInt.empty();
    for (String header : headerValues) {
      for (String token : header.split("[,;]")) {
        String[] pair = token.trim().split("=", 2);
        if (pair.length != 2) {
          continue;
        }
        String name = pair[0].trim().toLowerCase(Locale.ROOT);
        String value = pair[1].trim().replace("\"", "");
        switch (name) {
          case "code":
            code = OptionalInt.of(number(value, "code", 100, 599));
            break;
          case "delay":
            delay = number(value, "delay", 0, 600_000);
            break;
          case "retry-after":
            retryAfter = OptionalInt.of(number(value, "retry-after", 0, 86_400));
            break;
          case "fault":
            fault = Optional.of(fault(value));
            break;
          default:
            break; // e.g. Prism's example= or dynamic=, which this mock does not need
        }
      }
    }
    return new Preferences(code, delay, fault, retryAfter);
  }

  OptionalInt code() {
    return code;
  }

  int delayMs() {
    return delayMs;
  }

  Optional<Fault> fault() {
    return fault;
  }

  OptionalInt retryAfterSeconds() {
    return retryAfterSeconds;
  }

  private static int number(String value, String name, int min, int max) {
    try {
      int number = Integer.parseInt(value);
      if (number >= min && number <= max) {
        return number;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException(
        "Prefer: " + name + "=" + value + " is not usable; send a whole number from " + min + " to " + max);
  }

  private static Fault fault(String value) {
    try {
      return Fault.valueOf(value.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("Prefer: fault=" + value + " is not a known fault; send one of "
          + Arrays.stream(Fault.values()).map(Enum::name).collect(Collectors.joining(", ")), e);
    }
  }
}
