package io.contactscontracts.mock.internal.emulation;

import io.contactscontracts.mock.internal.state.Workspaces;
import java.nio.charset.StandardCharsets;

/**
 * Stores the contact an answer confirms, before the answer leaves: a client that got its 2xx finds the contact
 * stored. An answer that failed its check against the spec confirms nothing, so nothing of it is stored.
 */
final class ContactStoring implements AnswerListener {
  private final Workspaces workspaces;

  ContactStoring(Workspaces workspaces) {
    this.workspaces = workspaces;
  }

  @Override
  public void answered(Answer answer) {
    Answer.Created created = answer.created();
    if (created == null) {
      return;
    }
    Reply reply = answer.reply();
    if (created.contact() == reply.json && reply.body != null) {
      // the answer is the contact (Kejue): store the JSON already written rather than write it again
      workspaces.add(created.apiKey(), reply.body.getBytes(StandardCharsets.UTF_8));
    } else {
      workspaces.add(created.apiKey(), created.contact());
    }
  }
}
