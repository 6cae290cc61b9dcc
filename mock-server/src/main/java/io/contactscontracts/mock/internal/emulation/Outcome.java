package io.contactscontracts.mock.internal.emulation;

/**
 * What the emulation decided for one request: the reply, and the contact it creates if the reply is sent
 * as it is. Storing is done by {@link ContactStoring}, only if the reply passes its check.
 *
 * @param created the workspace key and the contact as stored, or null when nothing is created
 */
record Outcome(Reply reply, Answer.Created created) {
  static Outcome answer(Reply reply) {
    return new Outcome(reply, null);
  }
}
