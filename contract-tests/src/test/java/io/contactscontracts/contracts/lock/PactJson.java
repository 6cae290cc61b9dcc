package io.contactscontracts.contracts.lock;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A pact file reduced to what it means: the parts that say nothing about the contract are dropped and
 * interactions are put in a fixed order, so two pacts that promise the same thing compare equal.
 */
final class PactJson {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Written by Pact JVM into every pact; a Pact upgrade must not look like a contract change. */
  private static final String PACT_JVM_METADATA = "pact-jvm";
  private static final String TEST_NAME_COMMENT = "testname";

  private PactJson() {}

  /** The canonical form of the pact in {@code file}. */
  static JsonNode canonical(Path file) {
    try {
      return canonical(JSON.readTree(file.toFile()));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + file + " as JSON", e);
    }
  }

  static JsonNode canonical(JsonNode pact) {
    ObjectNode copy = pact.deepCopy();
    if (copy.get("metadata") instanceof ObjectNode) {
      ((ObjectNode) copy.get("metadata")).remove(PACT_JVM_METADATA);
    }
    if (copy.get("interactions") instanceof ArrayNode) {
      // Interactions are a set: their order follows test execution order, not the contract.
      List<JsonNode> interactions = new ArrayList<>();
      copy.get("interactions").forEach(interactions::add);
      // Which test method recorded an interaction is bookkeeping; renaming a test changes no promise.
      interactions.stream()
          .map(i -> i.get("comments"))
          .filter(ObjectNode.class::isInstance)
          .forEach(comments -> ((ObjectNode) comments).remove(TEST_NAME_COMMENT));
      interactions.sort(Comparator.comparing(PactJson::identity));
      copy.putArray("interactions").addAll(interactions);
    }
    return copy;
  }

  /** What tells an interaction apart in a pact: its description and provider states. */
  static String identity(JsonNode interaction) {
    List<String> states = new ArrayList<>();
    interaction.path("providerStates").forEach(state -> states.add(state.path("name").asText()
        + (state.has("params") ? " " + state.get("params") : "")));
    return interaction.path("description").asText() + (states.isEmpty() ? "" : " given " + String.join(" and ", states));
  }
}
