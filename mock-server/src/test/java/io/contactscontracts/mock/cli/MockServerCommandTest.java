package io.contactscontracts.mock.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The command line: help, and clear errors for bad options (starting and serving is MockServerJarIT). */
class MockServerCommandTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine command = new CommandLine(new MockServerCommand());
    command.setOut(new PrintWriter(out, true));
    command.setErr(new PrintWriter(err, true));
    return command.execute(args);
  }

  @Test
  void helpListsEveryOption() {
    assertThat(run("--help")).isZero();

    assertThat(out.toString()).contains("--kejue-port", "--recepta-port", "--bind", "--mappings",
        "--validate-responses", "--latency-ms", "--fault-rate", "--journal-size", "--max-stored-mb", "--admin-token", "--no-admin",
        "--self-test", "CONTACTS_MOCK_ADMIN_TOKEN", "Prefer", "8081", "8082", "127.0.0.1");
  }

  @Test
  void theSelfTestSendsEachDocumentedRequestAndExitsZeroWhenAllSucceed() {
    assertThat(run("--self-test", "--kejue-port", "0", "--recepta-port", "0")).isZero();

    assertThat(out.toString()).contains("ok     Kejue POST /contacts -> 200", "ok     Recepta POST /api/contacts -> 201",
        "self-test passed");
  }

  @Test
  void theSelfTestFailsWithExitCode1WhenAnAnswerIsNotTheSuccess() {
    assertThat(run("--self-test", "--kejue-port", "0", "--recepta-port", "0", "--fault-rate", "1")).isEqualTo(1);

    assertThat(out.toString()).contains("FAILED Kejue POST /contacts", "(expected 200)", "self-test FAILED");
  }

  @Test
  void aUsersSpecFileIsEmulatedAndNamedInTheOutput(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
      throws java.io.IOException {
    java.nio.file.Path file = dir.resolve("kejue-201.yaml");
    // the user learnt that Kejue answers 201: they delete the 200 response from their copy
    String yaml = io.contactscontracts.specs.ApiSpec.KEJUE.yaml();
    java.nio.file.Files.writeString(file, yaml.substring(0, yaml.indexOf("        \"200\":"))
        + yaml.substring(yaml.indexOf("        \"201\":")));

    assertThat(run("--self-test", "--kejue-port", "0", "--recepta-port", "0", "--spec", "KEJUE=" + file)).isZero();

    assertThat(out.toString()).contains("ok     Kejue POST /contacts -> 201");
  }

  @Test
  void anUnusableSpecFileIsRefusedBeforeAnythingListens(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
      throws java.io.IOException {
    java.nio.file.Path file = java.nio.file.Files.writeString(dir.resolve("bad.yaml"),
        io.contactscontracts.specs.ApiSpec.RECEPTA.yaml().replace("format: object-id", "format: snowflake"));

    assertThat(run("--self-test", "--kejue-port", "0", "--recepta-port", "0", "--spec", "recepta=" + file)).isEqualTo(2);
    assertThat(err.toString()).contains("bad.yaml: /x-emulation/storedResource/id/format 'snowflake'", "allowed: uuid");
    assertThat(out.toString()).doesNotContain("listening", "self-test");
  }

  @Test
  void aSpecForAnUnknownServiceIsAUsageError() {
    assertThat(run("--spec", "hubspot=x.yaml")).isEqualTo(2);
    assertThat(err.toString()).contains("hubspot", "kejue=FILE or recepta=FILE");
  }

  @Test
  void anAdminTokenWithSpacesIsAUsageErrorThatDoesNotEchoIt() {
    assertThat(run("--admin-token", "two words")).isEqualTo(2);
    assertThat(err.toString()).contains("admin token").doesNotContain("two words");
  }

  @Test
  void anOutOfRangeOptionIsAUsageError() {
    assertThat(run("--fault-rate", "2")).isEqualTo(2);
    assertThat(err.toString()).contains("faultRate must be between 0 and 1");
  }

  @Test
  void aStoreBudgetBelowOneMegabyteIsAUsageError() {
    assertThat(run("--max-stored-mb", "0")).isEqualTo(2);
    assertThat(err.toString()).contains("--max-stored-mb must be at least 1");
  }

  @Test
  void aNonNumberIsAUsageError() {
    assertThat(run("--kejue-port", "eighty")).isEqualTo(2);
    assertThat(err.toString()).contains("--kejue-port");
  }

  @Test
  void aMissingMappingsFolderIsAUsageError() {
    assertThat(run("--mappings", "no-such-folder")).isEqualTo(2);
    assertThat(err.toString()).contains("no-such-folder");
  }

  @Test
  void aPortInUseEndsWithExitCode1AndSaysWhy() throws IOException {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      assertThat(run("--kejue-port", String.valueOf(taken.getLocalPort()), "--recepta-port", "0")).isEqualTo(1);
      assertThat(err.toString()).contains("Cannot start", String.valueOf(taken.getLocalPort()));
    }
  }
}
