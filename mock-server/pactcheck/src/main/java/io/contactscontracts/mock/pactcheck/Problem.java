package io.contactscontracts.mock.pactcheck;

import java.util.Objects;

/**
 * One thing wrong with an interaction of a pact.
 *
 * @param kind which check found it
 * @param where where in the pact file, e.g. {@code interactions[0].request.body.frist_name}
 * @param what what is wrong
 * @param expected what the spec says there (for {@link Kind#SPEC}) or what the pact expected (for
 *     {@link Kind#REPLAY}); empty when there is nothing more to say
 */
public record Problem(Kind kind, String where, String what, String expected) {

  /** The check that found a problem. */
  public enum Kind {
    /** The interaction is not what the service's OpenAPI spec allows. */
    SPEC,
    /** The emulation, sent the interaction's request, does not answer what the pact expects. */
    REPLAY
  }

  public Problem {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(where, "where");
    Objects.requireNonNull(what, "what");
    expected = expected == null ? "" : expected;
  }

  @Override
  public String toString() {
    return (kind == Kind.SPEC ? "spec:   " : "replay: ") + where + ": " + what
        + (expected.isEmpty() ? "" : "\n          " + (kind == Kind.SPEC ? "the spec says: " : "the pact expects: ") + expected);
  }
}
