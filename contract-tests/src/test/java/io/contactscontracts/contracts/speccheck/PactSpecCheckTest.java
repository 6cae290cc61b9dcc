package io.contactscontracts.contracts.speccheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.contactscontracts.contracts.PactDirectories;
import io.contactscontracts.contracts.PactFile;
import io.contactscontracts.contracts.speccheck.PactSpecCheck.InteractionResult;
import io.contactscontracts.specs.ApiSpec;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The strict spec check, on the committed pacts and on copies with one deliberate mistake each. */
class PactSpecCheckTest {

  private static final String KEJUE_PACT = "kejue-client-kejue.json";
  private static final String RECEPTA_PACT = "recepta-client-recepta.json";
  private static final String EVERY_FIELD = "a request to create a contact with every field";
  private static final String KEJUE_INVALID_BODY = "a request to create a contact whose tags contain null";

  @TempDir Path dir;

  @Test
  void theCommittedPactsAreValid() {
    for (String file : List.of(KEJUE_PACT, RECEPTA_PACT)) {
      assertThat(check(PactFile.read(PactDirectories.locked().resolve(file))))
          .isNotEmpty()
          .allSatisfy(result -> assertThat(result.passed()).as(result.toString()).isTrue());
    }
  }

  @Test
  void aRequestFieldTheSpecDoesNotDeclareIsRejected() {
    PactFile pact = committed(KEJUE_PACT);
    pact.body(EVERY_FIELD, "request").put("nick_name", "Ada");

    assertThat(problemsOf(pact, EVERY_FIELD))
        .singleElement().asString()
        .startsWith("request: ")
        .contains("nick_name")
        .contains("additionalProperties");
  }

  @Test
  void aResponseFieldTheSpecDoesNotDeclareIsRejected() {
    PactFile pact = committed(RECEPTA_PACT);
    pact.body(EVERY_FIELD, "response").with("data").with("client").put("zip_code", "62701");

    assertThat(problemsOf(pact, EVERY_FIELD))
        .singleElement().asString()
        .startsWith("response 2")
        .contains("zip_code")
        .contains("additionalProperties");
  }

  @Test
  void aResponseValueOfTheWrongTypeIsRejected() {
    PactFile pact = committed(KEJUE_PACT);
    pact.body(EVERY_FIELD, "response").put("is_active", "yes");

    assertThat(problemsOf(pact, EVERY_FIELD)).singleElement().asString().contains("is_active");
  }

  @Test
  void aServerAssignedValueOutsideTheSpecsPatternIsRejected() {
    PactFile pact = committed(RECEPTA_PACT);
    pact.body(EVERY_FIELD, "response").with("data").with("client").put("id", "C0FFEE");

    assertThat(problemsOf(pact, EVERY_FIELD)).singleElement().asString().contains("/data/client/id");
  }

  @Test
  void anInvalidBodyInteractionWhoseBodyIsValidIsRejected() {
    PactFile pact = committed(KEJUE_PACT);
    pact.body(KEJUE_INVALID_BODY, "request").withArray("tags").removeAll().add("vip");

    assertThat(problemsOf(pact, KEJUE_INVALID_BODY))
        .singleElement().asString()
        .startsWith("expects 422 for an invalid body, but openapi/kejue.yaml accepts the request body");
  }

  @Test
  void anInvalidBodyInteractionStillMayNotSendUndeclaredFields() {
    PactFile pact = committed(KEJUE_PACT);
    pact.body(KEJUE_INVALID_BODY, "request").put("nick_name", "Ada");

    assertThat(problemsOf(pact, KEJUE_INVALID_BODY))
        .singleElement().asString().contains("nick_name").contains("additionalProperties");
  }

  @Test
  void aPactIsMatchedToTheSpecOfItsProvider() {
    assertThat(PactSpecCheck.specFor(PactSpecCheck.load(PactDirectories.locked().resolve(KEJUE_PACT))))
        .isEqualTo(ApiSpec.KEJUE);

    PactFile pact = committed(RECEPTA_PACT);
    pact.json().with("provider").put("name", "recepta-v2");
    Path file = pact.write(dir.resolve("recepta-client-recepta-v2.json"));
    assertThatThrownBy(() -> PactSpecCheck.specFor(PactSpecCheck.load(file)))
        .hasMessageContaining("No spec for provider 'recepta-v2'")
        .hasMessageContaining("kejue, recepta");
  }

  private static PactFile committed(String file) {
    return PactFile.read(PactDirectories.locked().resolve(file));
  }

  private List<String> problemsOf(PactFile pact, String description) {
    return check(pact).stream()
        .filter(r -> r.description().equals(description))
        .findFirst()
        .orElseThrow()
        .problems();
  }

  private List<InteractionResult> check(PactFile pact) {
    Path file = pact.write(dir.resolve("pact.json"));
    var loaded = PactSpecCheck.load(file);
    return PactSpecCheck.of(PactSpecCheck.specFor(loaded)).check(loaded);
  }
}
