package io.contactscontracts.mock.pactcheck;

import java.util.List;

/**
 * What the check found in one interaction of a pact.
 *
 * @param index its position in the pact's {@code interactions} array, from 0
 * @param description the interaction's description
 * @param problems what is wrong with it; empty when it passed
 */
public record InteractionResult(int index, String description, List<Problem> problems) {
  public InteractionResult {
    problems = List.copyOf(problems);
  }

  public boolean passed() {
    return problems.isEmpty();
  }

  /** Where the interaction is in the pact file. */
  public String location() {
    return "interactions[" + index + "]";
  }
}
