package io.contactscontracts.mock.pactcheck;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code java -jar contacts-mock-server.jar check-pact PACT.json…}: {@link PactCheck} from the command line. */
@Command(
    name = "check-pact",
    sortOptions = false,
    usageHelpAutoWidth = true,
    description = {
        "Checks any consumer's pact with Kejue or Recepta (pact specification 2, 3 or 4, as Pact JVM, pact-js and "
            + "pact-python write them): each interaction is validated strictly against the service's OpenAPI spec, "
            + "and its request is replayed against the emulation, whose answer must match the pact (Pact JVM's own "
            + "matching, matching rules included).",
        "The provider name is matched case-insensitively against kejue and recepta."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:every interaction passed",
        "1:contract problems: an interaction the spec does not allow, or a response the pact does not expect",
        "2:unreadable input: not JSON, not a pact, an unknown provider, an unsupported pact version, or a bad option"},
    footer = {"", "Example: check-pact --provider-alias contacts-api=kejue --junit-xml target/check-pact.xml pacts/*.json"})
public final class CheckPactCommand implements Callable<Integer> {

  @Parameters(arity = "1..*", paramLabel = "PACT.json", description = "Pact files to check.")
  List<Path> pacts = new ArrayList<>();

  @Option(names = "--provider-alias", paramLabel = "NAME=SERVICE",
      description = "Read pacts whose provider is NAME (any case) as pacts with SERVICE (kejue or recepta). Repeatable.")
  List<String> providerAliases = new ArrayList<>();

  @Option(names = "--junit-xml", paramLabel = "FILE", description = "Also write the report as JUnit XML, for CI servers.")
  Path junitXml;

  @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
  boolean help;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    quietLogging();
    PactCheck.Builder builder = PactCheck.builder();
    try {
      providerAliases.forEach(builder::providerAlias);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--provider-alias: " + e.getMessage(), e);
    }
    PactCheckReport report = builder.build().check(pacts);
    spec.commandLine().getOut().print(report.text());
    spec.commandLine().getOut().flush();
    if (junitXml != null) {
      try {
        report.writeJUnitXml(junitXml);
      } catch (IOException e) {
        spec.commandLine().getErr().println("Cannot write the JUnit XML report: " + e.getMessage());
        return PactCheckReport.UNREADABLE_INPUT;
      }
    }
    return report.exitCode();
  }

  /**
   * The embedded mock server and Pact JVM log at INFO what the report already says; keep the report alone on
   * the screen unless the user set these levels (slf4j-simple reads them at its first logger).
   */
  private static void quietLogging() {
    for (String logger : List.of("io.contactscontracts.mock", "au.com.dius.pact", "io.pact")) {
      String property = "org.slf4j.simpleLogger.log." + logger;
      if (System.getProperty(property) == null) {
        System.setProperty(property, "warn");
      }
    }
  }
}
