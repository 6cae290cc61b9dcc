package io.contactscontracts.mock.pactcheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.contactscontracts.mock.MockService;
import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The Java API a JUnit or Maven build uses, and the pieces the report is made of. */
class PactCheckTest {

  private static Path pact(String name) throws URISyntaxException {
    return Path.of(PactCheckTest.class.getResource("/pacts/" + name).toURI());
  }

  @Test
  void checksFromJava() throws Exception {
    PactCheckReport report = PactCheck.builder()
        .providerAlias("contacts-api", MockService.KEJUE)
        .build()
        .check(pact("pact-python-v2-alias.json"), pact("pact-js-v3-kejue-request-typo.json"));

    assertThat(report.exitCode()).isEqualTo(PactCheckReport.CONTRACT_PROBLEMS);
    assertThat(report.files().get(0).passed()).as(report.text()).isTrue();
    InteractionResult typo = report.files().get(1).interactions().get(0);
    assertThat(typo.problems()).extracting(Problem::kind).contains(Problem.Kind.SPEC, Problem.Kind.REPLAY);
    assertThat(typo.problems().get(0).where()).isEqualTo("interactions[0].request.body");
  }

  @Test
  void unreadableInputWinsOverContractProblems() throws Exception {
    PactCheckReport report = PactCheck.checkPacts(pact("malformed.json"));
    assertThat(report.exitCode()).isEqualTo(PactCheckReport.UNREADABLE_INPUT);
    assertThat(report.passed()).isFalse();
  }

  @Test
  void aliasesSayWhatTheyExpect() {
    assertThatThrownBy(() -> PactCheck.builder().providerAlias("contacts-api"))
        .hasMessageContaining("expected NAME=SERVICE, e.g. contacts-api=kejue");
    assertThatThrownBy(() -> PactCheck.builder().providerAlias("contacts-api=crm"))
        .hasMessageContaining("'crm' is not a service; expected one of kejue, recepta");
    assertThat(new ProviderNames(java.util.Map.of("Contacts-API", MockService.RECEPTA)).service("contacts-api"))
        .contains(MockService.RECEPTA);
    assertThat(new ProviderNames(java.util.Map.of()).service("KEJUE")).contains(MockService.KEJUE);
  }

  @Test
  void pointersReadAsPactPaths() {
    assertThat(JsonPointers.toPath("/tags/0")).isEqualTo(".tags[0]");
    assertThat(JsonPointers.toPath("/odd key")).isEqualTo("['odd key']");
    assertThat(JsonPointers.toPath("")).isEmpty();
    assertThat(JsonPointers.fromPactPath("$.data.client.id")).isEqualTo(".data.client.id");
    assertThat(JsonPointers.fromPactPath("$")).isEmpty();
  }
}
