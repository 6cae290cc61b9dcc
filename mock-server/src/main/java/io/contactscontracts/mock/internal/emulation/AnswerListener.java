package io.contactscontracts.mock.internal.emulation;

/** Acts on an {@link Answer} once it is decided, before it is sent. */
interface AnswerListener {
  void answered(Answer answer);
}
