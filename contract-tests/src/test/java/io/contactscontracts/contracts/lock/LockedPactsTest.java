package io.contactscontracts.contracts.lock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.contactscontracts.contracts.PactDirectories;
import io.contactscontracts.contracts.PactFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The lock on the committed pacts, exercised on copies of them. */
class LockedPactsTest {

  private static final String KEJUE_PACT = "kejue-client-kejue.json";
  private static final String EVERY_FIELD = "a request to create a contact with every field";

  @TempDir Path committed;
  @TempDir Path generated;

  private LockedPacts pacts;

  @BeforeEach
  void copyTheCommittedPacts() throws IOException {
    try (Stream<Path> files = Files.list(PactDirectories.locked())) {
      for (Path file : (Iterable<Path>) files::iterator) {
        Files.copy(file, committed.resolve(file.getFileName()));
        Files.copy(file, generated.resolve(file.getFileName()));
      }
    }
    assertThat(generated.resolve(KEJUE_PACT)).exists();
    pacts = new LockedPacts(generated, committed);
  }

  @Test
  void identicalPactsPass() {
    assertThat(pacts.differences()).isEmpty();
    pacts.assertUnchanged();
  }

  @Test
  void aChangedResponseExpectationFailsWithTheUpdateCommand() {
    edit(KEJUE_PACT, pact -> ((ObjectNode) pact.interaction(EVERY_FIELD).get("response")).put("status", 203));

    assertThat(pacts.differences()).containsExactly(KEJUE_PACT + ": interactions[\"" + EVERY_FIELD
        + " given a Kejue workspace for key kej_test_pact is empty\"].response.status:"
        + " committed 200, generated 203");
    assertThatThrownBy(pacts::assertUnchanged)
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining(KEJUE_PACT)
        .hasMessageContaining(LockedPacts.UPDATE_COMMAND);
  }

  @Test
  void aChangedRequestFieldFails() {
    edit(KEJUE_PACT, pact -> pact.body(EVERY_FIELD, "request").put("email", "ada@example.org"));

    assertThat(pacts.differences()).singleElement().asString()
        .contains("request.body.content.email: committed \"ada@example.com\", generated \"ada@example.org\"");
  }

  @Test
  void aLoosenedMatcherFails() {
    edit(KEJUE_PACT, pact ->
        ((ObjectNode) pact.interaction(EVERY_FIELD).at("/response/matchingRules/body")).remove("$.id"));

    assertThat(pacts.differences()).singleElement().asString().contains("matchingRules.body.$.id");
  }

  @Test
  void anAddedOrRemovedInteractionFails() {
    edit(KEJUE_PACT, pact -> {
      ObjectNode copy = pact.interaction(EVERY_FIELD).deepCopy();
      copy.put("description", "a request to create a contact twice");
      pact.json().withArray("interactions").add(copy);
    });
    edit("recepta-client-recepta.json", pact -> pact.json().withArray("interactions").remove(0));

    assertThat(pacts.differences())
        .anySatisfy(d -> assertThat(d).startsWith(KEJUE_PACT).contains("a request to create a contact twice")
            .endsWith("added (only in the generated pact)"))
        .anySatisfy(d -> assertThat(d).startsWith("recepta-client-recepta.json")
            .endsWith("removed (only in the committed pact)"))
        .hasSize(2);
  }

  @Test
  void aMissingOrUncommittedPactFails() throws IOException {
    Files.move(generated.resolve(KEJUE_PACT), generated.resolve("kejue-client-kejue-v2.json"));

    assertThat(pacts.differences()).containsExactly(
        "kejue-client-kejue-v2.json: new pact, not committed yet",
        KEJUE_PACT + ": committed, but no consumer test writes it any more");
  }

  @Test
  void pactJvmVersionInteractionOrderAndTestNamesAreNotPartOfTheContract() {
    edit(KEJUE_PACT, pact -> {
      ((ObjectNode) pact.json().at("/metadata/pact-jvm")).put("version", "4.7.99");
      ArrayNode interactions = pact.json().withArray("interactions");
      interactions.add(interactions.remove(0));
      interactions.forEach(i -> ((ObjectNode) i.get("comments")).put("testname", "Renamed.test()"));
    });

    assertThat(pacts.differences()).isEmpty();
  }

  @Test
  void theSpecVersionInTheMetadataIsPartOfTheContract() {
    edit(KEJUE_PACT, pact -> ((ObjectNode) pact.json().at("/metadata/pactSpecification")).put("version", "3.0.0"));

    assertThat(pacts.differences()).singleElement().asString().contains("metadata.pactSpecification.version");
  }

  @Test
  void updateMakesTheCommittedPactsEqualAndDropsStaleOnes() throws IOException {
    edit(KEJUE_PACT, pact -> ((ObjectNode) pact.interaction(EVERY_FIELD).get("response")).put("status", 203));
    Files.writeString(committed.resolve("old-client-kejue.json"), "{}");

    assertThat(pacts.update()).hasSize(2);

    assertThat(pacts.differences()).isEmpty();
    assertThat(committed.resolve("old-client-kejue.json")).doesNotExist();
    assertThat(committed.resolve(KEJUE_PACT)).hasSameTextualContentAs(generated.resolve(KEJUE_PACT));
  }

  private void edit(String file, Consumer<PactFile> change) {
    PactFile pact = PactFile.read(generated.resolve(file));
    change.accept(pact);
    pact.write(generated.resolve(file));
  }
}
