package io.contactscontracts.mock.pactcheck;

import static org.assertj.core.api.Assertions.assertThat;

import io.contactscontracts.specs.ApiSpec;
import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The Java API a JUnit or Maven build uses, against the mock server's emulation (its {@link Emulation}). */
class PactCheckTest {

  private static Path pact(String name) throws URISyntaxException {
    return Path.of(PactCheckTest.class.getResource("/pacts/" + name).toURI());
  }

  @Test
  void checksFromJava() throws Exception {
    PactCheckReport report = PactCheck.builder()
        .providerAlias("contacts-api", ApiSpec.KEJUE)
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
}
