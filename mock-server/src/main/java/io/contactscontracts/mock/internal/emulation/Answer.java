package io.contactscontracts.mock.internal.emulation;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The emulation's answer to one request, decided and not yet acted on: the reply to send, how long to hold it
 * first (the configured latency plus what {@code Prefer: wait=} asked for), the contact it confirms as created,
 * and, when the mock's own reply broke the spec, the bug to record. {@link AnswerListener}s act on it.
 *
 * @param created the contact to store, or null: only a reply sent as built confirms one
 * @param bug what the mock got wrong (the reply is then its 500), or null
 */
public record Answer(Reply reply, int delayMs, Created created, String bug) {
  /** An answer that creates nothing and records nothing. */
  static Answer of(Reply reply, int delayMs) {
    return new Answer(reply, delayMs, null, null);
  }

  /** A contact to store in the workspace of {@code apiKey}. */
  public record Created(String apiKey, ObjectNode contact) {}
}
