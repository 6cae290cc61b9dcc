package io.contactscontracts.mock.cli;

import io.contactscontracts.mock.ContactsMockServer;
import io.contactscontracts.mock.MockService;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code java -jar contacts-mock-server.jar}: serves both emulations until Ctrl-C. */
@Command(
    name = "contacts-mock-server",
    mixinStandardHelpOptions = true,
    versionProvider = MockServerCommand.Version.class,
    sortOptions = false,
    usageHelpAutoWidth = true,
    description = "Emulates the Kejue and Recepta contact APIs from their OpenAPI specs, each on its own port.",
    footer = {
        "",
        "Faults on demand, per request, with a Prefer header:",
        "  Prefer: code=429            Prefer: code=503, retry-after=5",
        "  Prefer: delay=500           Prefer: fault=CONNECTION_RESET_BY_PEER",
        "  faults: CONNECTION_RESET_BY_PEER, EMPTY_RESPONSE, MALFORMED_RESPONSE_CHUNK,",
        "          RANDOM_DATA_THEN_CLOSE",
        "Stored contacts, per service port:",
        "  GET or DELETE http://127.0.0.1:<port>/__admin/contacts[?apiKey=KEY]"
    })
public final class MockServerCommand implements Callable<Integer> {

  @Option(names = "--kejue-port", paramLabel = "PORT", description = "Port of the Kejue API (0 = random). Default: ${DEFAULT-VALUE}.")
  int kejuePort = MockService.KEJUE.defaultPort();

  @Option(names = "--recepta-port", paramLabel = "PORT", description = "Port of the Recepta API (0 = random). Default: ${DEFAULT-VALUE}.")
  int receptaPort = MockService.RECEPTA.defaultPort();

  @Option(names = "--bind", paramLabel = "ADDRESS", description = "Address to listen on. Default: ${DEFAULT-VALUE} (this machine only).")
  String bind = "127.0.0.1";

  @Option(names = "--mappings", paramLabel = "DIR",
      description = "Folder with your own WireMock stubs, which win over the emulation: DIR/kejue/mappings/*.json, DIR/recepta/mappings/*.json (and __files/).")
  Path mappings;

  @Option(names = "--validate-responses", description = "Check every emulated response against the spec; a mismatch is logged as a mock bug and answered 500.")
  boolean validateResponses;

  @Option(names = "--latency-ms", paramLabel = "N", description = "Delay added to every emulated response. Default: ${DEFAULT-VALUE}.")
  int latencyMs;

  @Option(names = "--fault-rate", paramLabel = "F",
      description = "Share of emulated requests (0 to 1) answered with a random fault: 429, 500, 503 or a connection reset. Default: ${DEFAULT-VALUE}.")
  double faultRate;

  @Option(names = "--journal-size", paramLabel = "N", description = "Requests kept in each WireMock request journal (0 = none). Default: ${DEFAULT-VALUE}.")
  int journalSize = ContactsMockServer.DEFAULT_JOURNAL_SIZE;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    // slf4j-simple reads these once, at its first logger: a quiet default for a command-line tool
    System.setProperty("org.slf4j.simpleLogger.defaultLogLevel",
        System.getProperty("org.slf4j.simpleLogger.defaultLogLevel", "info"));
    System.setProperty("org.slf4j.simpleLogger.log.org.eclipse.jetty",
        System.getProperty("org.slf4j.simpleLogger.log.org.eclipse.jetty", "warn"));
    System.setProperty("org.slf4j.simpleLogger.showDateTime", "true");
    System.setProperty("org.slf4j.simpleLogger.dateTimeFormat", "HH:mm:ss.SSS");
    System.setProperty("org.slf4j.simpleLogger.showShortLogName", "true");
    System.exit(new CommandLine(new MockServerCommand()).execute(args));
  }

  @Override
  public Integer call() throws InterruptedException {
    ContactsMockServer.Builder builder;
    try {
      builder = ContactsMockServer.builder()
          .kejuePort(kejuePort)
          .receptaPort(receptaPort)
          .bindAddress(bind)
          .validateResponses(validateResponses)
          .latencyMs(latencyMs)
          .faultRate(faultRate)
          .journalSize(journalSize);
      if (mappings != null) {
        builder.mappingsDirectory(mappings);
      }
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage(), e);
    }
    ContactsMockServer server = builder.build();
    try {
      server.start();
    } catch (IllegalStateException e) {
      spec.commandLine().getErr().println("Cannot start: " + e.getMessage());
      return 1;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    PrintWriter out = spec.commandLine().getOut();
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.stop();
      out.println("contacts-mock-server stopped.");
      out.flush();
      stopped.countDown();
    }, "contacts-mock-server-shutdown"));
    printBanner(server, out);
    stopped.await();
    return 0;
  }

  private void printBanner(ContactsMockServer server, PrintWriter out) {
    out.println("contacts-mock-server " + new Version().getVersion()[0] + " is running. Ctrl-C stops it.");
    for (MockService service : MockService.values()) {
      out.printf("  %-8s %s   (%s: %s)%n", service.displayName(), server.baseUrl(service),
          server.apiKeyHeader(service), service.sampleApiKey());
    }
    out.printf("  stored contacts: GET (list) or DELETE (empty) %s/contacts and %s/contacts%n",
        server.adminUrl(MockService.KEJUE), server.adminUrl(MockService.RECEPTA));
    out.println("  options  validate-responses=" + validateResponses + " latency-ms=" + latencyMs
        + " fault-rate=" + faultRate + " journal-size=" + journalSize
        + (mappings == null ? "" : " mappings=" + mappings));
    out.printf("Try: curl -s -X POST %s/contacts -H '%s: %s' -H 'Content-Type: application/json' -d '{\"first_name\":\"Ada\"}'%n",
        server.kejueBaseUrl(), server.apiKeyHeader(MockService.KEJUE), MockService.KEJUE.sampleApiKey());
    out.flush();
  }

  /** The version from the jar manifest (set by the build). */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = MockServerCommand.class.getPackage().getImplementationVersion();
      return new String[] {version == null ? "(development build)" : version};
    }
  }
}
