package io.contactscontracts.mock.internal.emulation;

import io.swagger.v3.oas.models.Operation;
import io.contactscontracts.mock.internal.openapi.SpecModel;
import java.util.List;
import java.util.Optional;

/**
 * Step 3: the API key, from the header the operation's security scheme names, with a prefix the scheme's
 * {@code x-key-prefixes} lists; a missing or foreign key is the service's 401.
 */
final class KeyCheck {
  /**
   * x-inferred: no documented key is longer than a few dozen characters; a key this long, or with characters
   * outside visible ASCII, is rejected like any unknown key rather than opening a workspace.
   */
  static final int MAX_KEY_LENGTH = 256;

  private final SpecModel spec;
  private final List<String> prefixes;

  KeyCheck(SpecModel spec, List<String> prefixes) {
    this.spec = spec;
    this.prefixes = List.copyOf(prefixes);
  }

  /** The key (empty when the operation needs none), or why it is refused. */
  record Key(String value, String refusal) {}

  Key check(IncomingRequest request, Operation operation) {
    Optional<String> header = spec.apiKeyHeader(operation);
    if (header.isEmpty()) {
      return new Key("", null);
    }
    Optional<String> key = sent(request, header.get());
    if (key.isEmpty()) {
      return new Key(null, "Missing API key: send it in the " + header.get() + " header");
    }
    if (!accepts(key.get())) {
      return new Key(null, "Invalid API key: keys start with " + String.join(" or ", prefixes));
    }
    return new Key(key.get(), null);
  }

  /** The key sent for the operation, for log lines (masked there); empty if none. */
  Optional<String> sentKey(IncomingRequest request, Operation operation) {
    return spec.apiKeyHeader(operation).flatMap(header -> sent(request, header));
  }

  /**
   * Whether the key has the service's format: a known prefix followed by at least one character, all of it
   * visible ASCII and at most {@value #MAX_KEY_LENGTH} characters.
   */
  boolean accepts(String key) {
    return key.length() <= MAX_KEY_LENGTH
        && prefixes.stream().anyMatch(p -> key.length() > p.length() && key.startsWith(p))
        && key.chars().allMatch(c -> c > ' ' && c < 0x7F);
  }

  /** The key sent in the header (header names are case-insensitive). */
  private static Optional<String> sent(IncomingRequest request, String header) {
    String value = request.firstHeader(header);
    return value != null && !value.isBlank() ? Optional.of(value.trim()) : Optional.empty();
  }
}
