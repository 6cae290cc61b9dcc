package io.contactscontracts.mock.pactcheck;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What the check found in one pact file: either why it could not be read, or a result per interaction.
 *
 * @param file the pact file
 * @param consumer the consumer's name, empty if the file could not be read that far
 * @param provider the provider's name as the pact writes it, empty if the file could not be read that far
 * @param specVersion the pact specification version, e.g. {@code 3.0.0}, empty if unknown
 * @param unreadable why the file could not be checked (not JSON, not a pact, an unknown provider, an
 *     unsupported version), saying what was expected; empty when it was checked
 * @param interactions one result per interaction, in the pact's order
 */
public record PactFileResult(Path file, String consumer, String provider, String specVersion,
    Optional<String> unreadable, List<InteractionResult> interactions) {

  public PactFileResult {
    interactions = List.copyOf(interactions);
  }

  static PactFileResult unreadable(Path file, String reason) {
    return new PactFileResult(file, "", "", "", Optional.of(reason), List.of());
  }

  public boolean passed() {
    return unreadable.isEmpty() && interactions.stream().allMatch(InteractionResult::passed);
  }
}
