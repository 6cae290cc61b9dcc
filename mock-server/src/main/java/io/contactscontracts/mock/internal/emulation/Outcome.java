package io.contactscontracts.mock.internal.emulation;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What the emulation decided for one request: the reply, and the contact it creates if the reply is sent
 * as it is. Storing is the caller's one side effect, done after the reply passed its check.
 *
 * @param created the workspace key and the contact as stored, or null when nothing is created
 */
record Outcome(Reply reply, Created created) {
  static Outcome answer(Reply reply) {
    return new Outcome(reply, null);
  }

  /** A contact to store in the workspace of {@code apiKey}. */
  record Created(String apiKey, ObjectNode contact) {}
}
