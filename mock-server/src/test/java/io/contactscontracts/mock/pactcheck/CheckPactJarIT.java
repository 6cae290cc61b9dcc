package io.contactscontracts.mock.pactcheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code java -jar contacts-mock-server.jar check-pact …}, the shipped jar, on pacts as other consumers write
 * them (src/test/resources/pacts: pact-js V3, Pact JVM V4, pact-python V2) and on this repository's own.
 */
class CheckPactJarIT {

  private record Run(int exitCode, String output) {}

  private static Path jar() {
    Path jar = Path.of(System.getProperty("mock.jar", "target/contacts-mock-server.jar"));
    assertThat(jar).as("the fat jar is built by 'package' before integration tests").exists();
    return jar;
  }

  private static Path pact(String name) {
    try {
      return Path.of(CheckPactJarIT.class.getResource("/pacts/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Run checkPact(String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar().toString(), "check-pact"));
    command.addAll(List.of(args));
    Path log = Files.createTempFile("check-pact", ".log");
    try {
      Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
      assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("check-pact ends").isTrue();
      return new Run(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(log);
    }
  }

  @Test
  void acceptsACorrectPactJsV3PactAndAPactJvmV4Pact() throws Exception {
    Run run = checkPact(pact("pact-js-v3-kejue.json").toString(), pact("pact-jvm-v4-recepta.json").toString());
    assertThat(run.output())
        .contains("PASSED " + pact("pact-js-v3-kejue.json"), "pact specification 3.0.0")
        .contains("PASSED " + pact("pact-jvm-v4-recepta.json"), "pact specification 4.0")
        .contains("3 interactions: 0 failed")
        .doesNotContain("INFO");
    assertThat(run.exitCode()).as(run.output()).isZero();
  }

  @Test
  void namesATypoInARequestField() throws Exception {
    Run run = checkPact(pact("pact-js-v3-kejue-request-typo.json").toString());
    assertThat(run.exitCode()).as(run.output()).isEqualTo(1);
    assertThat(run.output())
        .contains("FAILED interactions[0] 'a request to create a lead from the signup form'")
        .contains("spec:   interactions[0].request.body: property 'frist_name' is not defined in the schema and the schema does not allow additional properties [validation.request.body.schema.additionalProperties]")
        .contains("the spec says: openapi/kejue.yaml POST /api/v1/contacts request, schema ContactCreate: object with only the properties")
        .contains("first_name");
  }

  @Test
  void namesAWronglyTypedResponseField() throws Exception {
    Run run = checkPact(pact("pact-js-v3-kejue-response-type.json").toString());
    assertThat(run.exitCode()).as(run.output()).isEqualTo(1);
    assertThat(run.output())
        .contains("spec:   interactions[0].response.body.is_active: /is_active: string found, boolean expected [validation.response.body.schema.type]")
        .contains("the spec says: openapi/kejue.yaml POST /api/v1/contacts response 200, schema Contact at /properties/is_active: boolean")
        .contains("replay: interactions[0].response.body.is_active: Expected true (Boolean) to be equal to 'yes' (String)");
  }

  @Test
  void namesAPathWithoutTheBasePathAMissingKeyAndAnUndeclaredStatus() throws Exception {
    Run run = checkPact(pact("pact-js-v3-kejue-path-key-status.json").toString());
    assertThat(run.exitCode()).as(run.output()).isEqualTo(1);
    assertThat(run.output())
        .contains("replay: interactions[0].response.status: the emulation answered 404")
        .contains("the request path /contacts is outside the service's base path /api/v1")
        .contains("spec:   interactions[0].request.path: no operation of the spec answers POST /contacts")
        .contains("the spec says: openapi/kejue.yaml declares POST /api/v1/contacts")
        .contains("spec:   interactions[1].request.headers: has no X-API-Key header, which the operation's security requires")
        .contains("needs: the X-API-Key header (ApiKeyAuth)")
        .contains("response 403, which declares only 200, 201, 401");
  }

  @Test
  void refusesMalformedJsonSayingWhereAndWhatWasExpected() throws Exception {
    Run run = checkPact(pact("malformed.json").toString());
    assertThat(run.exitCode()).as(run.output()).isEqualTo(2);
    assertThat(run.output()).contains("UNREADABLE " + pact("malformed.json") + ": is not valid JSON at line 6, column 1")
        .contains("expected a pact file: a JSON object with consumer, provider and interactions");
  }

  @Test
  void refusesAnUnknownProviderNamingTheAliasFlag() throws Exception {
    Run run = checkPact(pact("unknown-provider.json").toString());
    assertThat(run.exitCode()).as(run.output()).isEqualTo(2);
    assertThat(run.output()).contains("has provider 'Salesforce', which is neither of the services check-pact knows (kejue, recepta")
        .contains("--provider-alias 'Salesforce=kejue'");
  }

  @Test
  void readsAPactPythonV2PactWhoseProviderHasAnAlias() throws Exception {
    Path pact = pact("pact-python-v2-alias.json");
    assertThat(checkPact(pact.toString()).exitCode()).isEqualTo(2);

    Run run = checkPact("--provider-alias", "Contacts-API=kejue", pact.toString());
    assertThat(run.exitCode()).as(run.output()).isZero();
    assertThat(run.output()).contains("PASSED " + pact, "provider 'contacts-api', pact specification 2.0.0");
  }

  @Test
  void refusesAnUnsupportedPactVersionAndABadAlias() throws Exception {
    Run old = checkPact(pact("pact-v1.json").toString());
    assertThat(old.exitCode()).as(old.output()).isEqualTo(2);
    assertThat(old.output()).contains("uses pact specification version '1.0.0'", "expected 2.0.0, 3.0.0 or 4.0");

    Run alias = checkPact("--provider-alias", "contacts-api=salesforce", pact("pact-js-v3-kejue.json").toString());
    assertThat(alias.exitCode()).isEqualTo(2);
    assertThat(alias.output()).contains("'salesforce' is not a service; expected one of kejue, recepta");
  }

  @Test
  void writesJUnitXml(@TempDir Path dir) throws Exception {
    Path xml = dir.resolve("reports/check-pact.xml");
    Run run = checkPact("--junit-xml", xml.toString(),
        pact("pact-js-v3-kejue.json").toString(), pact("pact-js-v3-kejue-request-typo.json").toString());
    assertThat(run.exitCode()).as(run.output()).isEqualTo(1);
    assertThat(Files.readString(xml))
        .contains("<testsuite name=\"pact-js-v3-kejue.json\" tests=\"2\" failures=\"0\"")
        .contains("<testsuite name=\"pact-js-v3-kejue-request-typo.json\" tests=\"1\" failures=\"1\"")
        .contains("<failure message=\"2 problem(s): property 'frist_name' is not defined in the schema");
  }

  /** Every pact this repository commits passes too, whatever its matchers become. */
  @Test
  void acceptsTheCommittedPacts() throws Exception {
    List<String> pacts = new ArrayList<>();
    try (DirectoryStream<Path> files = Files.newDirectoryStream(Path.of("..", "contract-tests", "pacts"), "*.json")) {
      files.forEach(p -> pacts.add(p.toString()));
    } catch (IOException e) {
      throw new IllegalStateException("the committed pacts are in contract-tests/pacts", e);
    }
    assertThat(pacts).isNotEmpty();
    Run run = checkPact(pacts.toArray(String[]::new));
    assertThat(run.exitCode()).as(run.output()).isZero();
  }
}
