package io.contactscontracts.mock.cli;

import io.contactscontracts.mock.ContactsMockServer;
import io.contactscontracts.mock.MockService;
import io.contactscontracts.mock.cli.SelfTest;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
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
    subcommands = io.contactscontracts.mock.pactcheck.CheckPactCommand.class,
    description = "Emulates the Kejue and Recepta contact APIs from their OpenAPI specs, each on its own port.",
    footer = {
        "",
        "Faults on demand, per request, with a Prefer header:",
        "  Prefer: code=429            Prefer: code=503, retry-after=5",
        "  Prefer: delay=500           Prefer: fault=CONNECTION_RESET_BY_PEER",
        "  faults: CONNECTION_RESET_BY_PEER, EMPTY_RESPONSE, MALFORMED_RESPONSE_CHUNK,",
        "          RANDOM_DATA_THEN_CLOSE",
        "Stored contacts, per service port:",
        "  GET or DELETE http://127.0.0.1:<port>/__admin/contacts[?apiKey=KEY]",
        "  (with --admin-token, or on a non-loopback --bind, add -H 'Authorization: Bearer TOKEN')"
    })
public final class MockServerCommand implements Callable<Integer> {
  static final String ADMIN_TOKEN_VARIABLE = "CONTACTS_MOCK_ADMIN_TOKEN";

  @Option(names = "--kejue-port", paramLabel = "PORT", description = "Port of the Kejue API (0 = random). Default: ${DEFAULT-VALUE}.")
  int kejuePort = MockService.KEJUE.defaultPort();

  @Option(names = "--recepta-port", paramLabel = "PORT", description = "Port of the Recepta API (0 = random). Default: ${DEFAULT-VALUE}.")
  int receptaPort = MockService.RECEPTA.defaultPort();

  @Option(names = "--bind", paramLabel = "ADDRESS",
      description = "Address to listen on. Default: ${DEFAULT-VALUE} (this machine only). On any other address, such as 0.0.0.0, the admin API requires a token.")
  String bind = "127.0.0.1";

  @Option(names = "--admin-token", paramLabel = "TOKEN",
      description = "Require 'Authorization: Bearer TOKEN' on the admin API (/__admin) of both ports. Also read from $" + ADMIN_TOKEN_VARIABLE
          + ", which keeps it out of the process list. Without either, a non-loopback --bind gets a random token, printed once below.")
  String adminToken;

  @Option(names = "--no-admin", description = "Turn the admin API off: every /__admin request is refused (401).")
  boolean noAdmin;

  @Option(names = "--admin-cors-origin", paramLabel = "ORIGIN",
      description = "Let web pages of this origin (e.g. http://localhost:3000) use the admin API: CORS and state-changing requests. Repeatable. Default: none but the mock's own pages.")
  List<String> adminCorsOrigins = new ArrayList<>();

  @Option(names = "--admin-allowed-host", paramLabel = "NAME",
      description = "A further host name clients use to reach the admin API (Host header), besides localhost, the loopback addresses and --bind. Repeatable.")
  List<String> adminAllowedHosts = new ArrayList<>();

  @Option(names = "--mappings", paramLabel = "DIR",
      description = "Folder with your own WireMock stubs, which win over the emulation: DIR/kejue/mappings/*.json, DIR/recepta/mappings/*.json (and __files/).")
  Path mappings;

  @Option(names = "--spec", paramLabel = "SERVICE=FILE", mapFallbackValue = "",
      description = "Emulate SERVICE (kejue or recepta) from an edited copy of its OpenAPI spec instead of the packaged one: "
          + "success statuses, fields, id format (x-emulation) and key prefixes (x-key-prefixes) take effect as the file says. "
          + "Repeat for both services. A file the mock cannot use is refused before anything listens.")
  Map<String, Path> specFiles = new LinkedHashMap<>();

  @Option(names = "--validate-responses", description = "Check every emulated response against the spec; a mismatch is logged as a mock bug and answered 500.")
  boolean validateResponses;

  @Option(names = "--latency-ms", paramLabel = "N", description = "Delay added to every emulated response. Default: ${DEFAULT-VALUE}.")
  int latencyMs;

  @Option(names = "--fault-rate", paramLabel = "F",
      description = "Share of emulated requests (0 to 1) answered with a random fault: 429, 500, 503 or a connection reset. Default: ${DEFAULT-VALUE}.")
  double faultRate;

  @Option(names = "--journal-size", paramLabel = "N", description = "Requests kept in each WireMock request journal (0 = none). Default: ${DEFAULT-VALUE}.")
  int journalSize = ContactsMockServer.DEFAULT_JOURNAL_SIZE;

  @Option(names = "--max-stored-mb", paramLabel = "MB",
      description = "Memory each service's stored contacts may use; when full, a create drops the oldest contacts of its workspace (counted as 'evicted' in the admin API, logged once per workspace). Default: ${DEFAULT-VALUE}.")
  long maxStoredMb = ContactsMockServer.DEFAULT_MAX_STORED_BYTES / (1024 * 1024);

  @Option(names = "--self-test",
      description = "Start, send each operation's documented request to both services, print what came back and exit: 0 if every answer is the spec's success status, 1 otherwise.")
  boolean selfTest;

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

  private long maxStoredBytes() {
    if (maxStoredMb < 1 || maxStoredMb > Long.MAX_VALUE / (1024 * 1024)) {
      throw new IllegalArgumentException("--max-stored-mb must be at least 1 (megabytes per service), got " + maxStoredMb);
    }
    return maxStoredMb * 1024 * 1024;
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
          .journalSize(journalSize)
          .maxStoredBytes(maxStoredBytes())
          .adminApi(!noAdmin);
      adminCorsOrigins.forEach(builder::adminCorsOrigin);
      adminAllowedHosts.forEach(builder::adminAllowedHost);
      String token = adminToken != null ? adminToken : System.getenv(ADMIN_TOKEN_VARIABLE);
      if (token != null && !noAdmin) {
        builder.adminToken(token);
      }
      if (mappings != null) {
        builder.mappingsDirectory(mappings);
      }
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage(), e);
    }
    try {
      for (Map.Entry<String, Path> file : specFiles.entrySet()) {
        builder.spec(service(file.getKey()), file.getValue());
      }
    } catch (IllegalArgumentException e) {
      spec.commandLine().getErr().println("Cannot use that spec: " + e.getMessage());
      return 2;
    }
    ContactsMockServer server = builder.build();
    try {
      server.start();
    } catch (IllegalStateException e) {
      spec.commandLine().getErr().println("Cannot start: " + e.getMessage());
      return 1;
    }
    PrintWriter out = spec.commandLine().getOut();
    if (selfTest) {
      return selfTest(server, out);
    }
    CountDownLatch stopped = new CountDownLatch(1);
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

  private MockService service(String name) {
    return Arrays.stream(MockService.values())
        .filter(service -> service.spec().serviceName().equalsIgnoreCase(name.trim()))
        .findFirst()
        .orElseThrow(() -> new CommandLine.ParameterException(spec.commandLine(), "--spec " + name
            + "=…: no such service; use " + Arrays.stream(MockService.values())
            .map(s -> s.spec().serviceName() + "=FILE").collect(Collectors.joining(" or "))));
  }

  private static int selfTest(ContactsMockServer server, PrintWriter out) {
    try {
      List<SelfTest.Outcome> outcomes = SelfTest.run(server);
      outcomes.forEach(out::println);
      boolean passed = !outcomes.isEmpty() && outcomes.stream().allMatch(SelfTest.Outcome::passed);
      out.println(passed ? "self-test passed" : "self-test FAILED");
      return passed ? 0 : 1;
    } finally {
      out.flush();
      server.stop();
    }
  }

  private void printBanner(ContactsMockServer server, PrintWriter out) {
    out.println("contacts-mock-server " + new Version().getVersion()[0] + " is running. Ctrl-C stops it.");
    for (MockService service : MockService.values()) {
      out.printf("  %-8s %s   (%s: %s)%n", service.displayName(), server.baseUrl(service),
          server.apiKeyHeader(service), server.sampleApiKey(service));
    }
    specFiles.keySet().stream().map(this::service).forEach(service ->
        out.printf("  %-8s emulated from %s%n", service.displayName(), server.specSource(service)));
    String authorization = server.adminToken().isPresent() ? " -H 'Authorization: Bearer <admin token>'" : "";
    for (MockService service : MockService.values()) {
      server.dashboardUrl(service).ifPresent(url -> out.printf("  dashboard %s%n", url));
    }
    if (server.isAdminApiEnabled()) {
      out.printf("  stored contacts: GET (list) or DELETE (empty) %s/contacts and %s/contacts%n",
          server.adminUrl(MockService.KEJUE), server.adminUrl(MockService.RECEPTA));
    }
    out.println("  options  validate-responses=" + validateResponses + " latency-ms=" + latencyMs
        + " fault-rate=" + faultRate + " journal-size=" + journalSize + " max-stored-mb=" + maxStoredMb
        + (mappings == null ? "" : " mappings=" + mappings));
    securityNotice(server).forEach(out::println);
    out.printf("Try: curl -s -X POST %s/contacts -H '%s: %s' -H 'Content-Type: application/json' -d '{\"first_name\":\"Ada\"}'%n",
        server.kejueBaseUrl(), server.apiKeyHeader(MockService.KEJUE), server.sampleApiKey(MockService.KEJUE));
    if (server.isAdminApiEnabled()) {
      out.printf("     curl -s %s/contacts%s%n", server.adminUrl(MockService.KEJUE), authorization);
    }
    out.flush();
  }

  /**
   * What the banner says about who can reach the mock and its admin API; a random admin token is printed
   * here, once, and nowhere else.
   */
  List<String> securityNotice(ContactsMockServer server) {
    List<String> lines = new ArrayList<>();
    if (!server.isLoopbackOnly()) {
      lines.add("WARNING: listening on " + server.bindAddress() + ", which other machines can reach: anyone who can "
          + "connect can call the emulated APIs. Use --bind 127.0.0.1 unless other machines need the mock.");
    }
    if (!server.isAdminApiEnabled()) {
      lines.add("  admin API: off (--no-admin); every /__admin request is refused");
    } else if (server.adminToken().isPresent()) {
      lines.add(adminTokenGenerated(server)
          ? "  admin API: send 'Authorization: Bearer " + server.adminToken().get() + "' (a random token for this run; "
              + "choose one with --admin-token or $" + ADMIN_TOKEN_VARIABLE + ")"
          : "  admin API: send 'Authorization: Bearer <your admin token>'");
    } else {
      lines.add("  admin API: open to this machine (loopback only)");
    }
    return lines;
  }

  private boolean adminTokenGenerated(ContactsMockServer server) {
    return server.adminToken().isPresent() && adminToken == null && System.getenv(ADMIN_TOKEN_VARIABLE) == null;
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
