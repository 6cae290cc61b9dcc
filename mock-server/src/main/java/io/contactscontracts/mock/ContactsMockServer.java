package io.contactscontracts.mock;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.contactscontracts.mock.internal.admin.AdminAccess;
import io.contactscontracts.mock.internal.admin.AdminPolicy;
import io.contactscontracts.mock.internal.dashboard.Dashboard;
import io.contactscontracts.mock.internal.emulation.EmulationSettings;
import io.contactscontracts.mock.internal.emulation.ResponseValidationLog;
import io.contactscontracts.mock.internal.openapi.EmulatedSpec;
import io.contactscontracts.mock.internal.state.Workspaces;
import io.contactscontracts.mock.internal.wiring.ServiceWiring;
import java.net.BindException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Emulates Kejue and Recepta, each on its own port, from their OpenAPI specs.
 *
 * <pre>{@code
 * try (ContactsMockServer mock = ContactsMockServer.builder().kejuePort(0).receptaPort(0).build().start()) {
 *   String key = mock.sampleApiKey(MockService.KEJUE);
 *   KejueClient kejue = KejueClient.builder().apiKey(key).baseUrl(mock.kejueBaseUrl()).build();
 *   kejue.contacts().createContact(new ContactCreate().firstName("Ada"));
 *   List<JsonNode> stored = mock.contacts(MockService.KEJUE, key);
 * }
 * }</pre>
 *
 * <p>Each service is a {@link WireMockServer}. The emulation answers every request no stub of the user's
 * matches, before WireMock's own matching (a lowest-priority catch-all stub stands for it in WireMock's
 * view); stubs added through {@link #wireMock(MockService)}, the admin API or a mappings folder take
 * precedence, and WireMock's request journal and {@code verify} see every request either way.
 */
public final class ContactsMockServer implements AutoCloseable {
  /**
   * Requests each WireMock journal keeps by default: enough to inspect or verify a test's requests, and
   * bounded because an unbounded journal (WireMock's default) grew past 1 GB in a long load run.
   */
  public static final int DEFAULT_JOURNAL_SIZE = 100;

  /**
   * Memory each service's store of contacts may use by default (32 MiB, some 70,000 Kejue contacts the size of
   * the documented example): both fit twice over in README's 256 MB heap beside the server itself, and a
   * functional test suite stores a few MB at most.
   * When full, a create drops the oldest contacts of its workspace ({@link Builder#maxStoredBytes(long)}).
   */
  public static final long DEFAULT_MAX_STORED_BYTES = 32L * 1024 * 1024;

  private static final Logger LOG = LoggerFactory.getLogger(ContactsMockServer.class);

  private final String bindAddress;
  private final boolean loopbackOnly;
  private final AdminAccess adminAccess;
  private final AdminPolicy adminPolicy;
  private final Map<MockService, Integer> ports;
  private final Map<MockService, ServiceWiring.Wired> emulations = new EnumMap<>(MockService.class);
  private final ResponseValidationLog validationLog = new ResponseValidationLog();

  private ContactsMockServer(Builder config) {
    this.bindAddress = config.bindAddress;
    this.loopbackOnly = isLoopback(config.bindAddress);
    this.adminAccess = !config.adminApi ? AdminAccess.off()
        : config.adminToken != null ? AdminAccess.token(config.adminToken)
        : loopbackOnly ? AdminAccess.open()
        // reachable from other machines: stubs, journal and stored contacts are not for everyone
        : AdminAccess.generatedToken();
    this.adminPolicy = AdminPolicy.of(config.bindAddress, config.adminAllowedHosts, config.adminCorsOrigins);
    this.ports = new EnumMap<>(config.ports);
    EmulationSettings settings = new EmulationSettings(config.validateResponses, config.latencyMs, config.faultRate);
    emulations.putAll(sideBySide("contacts-mock-build-", service -> ServiceWiring.wire(new ServiceWiring.Config(
        service.spec().serviceName(), service.displayName(), specOf(config, service), config.ports.get(service),
        config.bindAddress, config.mappings, config.journalSize, config.maxStoredBytes, settings, validationLog,
        adminAccess, adminPolicy, this::dashboardLinks))));
  }

  private static EmulatedSpec specOf(Builder config, MockService service) {
    return config.specs.containsKey(service) ? config.specs.get(service)
        : EmulatedSpec.load(service.spec().classpathLocation(), service.spec().yaml());
  }

  /** Every service and the port it listens on, for the dashboards' links to each other. */
  private List<Dashboard.Link> dashboardLinks() {
    return emulations.keySet().stream()
        .map(service -> new Dashboard.Link(service.spec().serviceName(), service.displayName(), port(service)))
        .toList();
  }

  /**
   * The work done for every service, the first on this thread and each other on a thread of its own. Start-up is
   * mostly CPU-bound work that is the same for each service (reading a spec, compiling its schemas, building and
   * starting a WireMock server): side by side, a start on 2 cores costs about one service's, not two. Once all
   * have finished, the first failure in service order is thrown as the work threw it.
   */
  private static <T> Map<MockService, T> sideBySide(String threadName, Function<MockService, T> work) {
    MockService[] services = MockService.values();
    Map<MockService, CompletableFuture<T>> others = new EnumMap<>(MockService.class);
    for (int i = 1; i < services.length; i++) {
      MockService service = services[i];
      others.put(service, onItsOwnThread(threadName + service.displayName(), () -> work.apply(service)));
    }
    Map<MockService, T> results = new EnumMap<>(MockService.class);
    RuntimeException failure = null;
    try {
      results.put(services[0], work.apply(services[0]));
    } catch (RuntimeException e) {
      failure = e;
    }
    for (Map.Entry<MockService, CompletableFuture<T>> other : others.entrySet()) {
      try {
        results.put(other.getKey(), joined(other.getValue()));
      } catch (RuntimeException e) {
        failure = failure != null ? failure : e;
      }
    }
    if (failure != null) {
      throw failure;
    }
    return results;
  }

  private static <T> CompletableFuture<T> onItsOwnThread(String name, Supplier<T> work) {
    CompletableFuture<T> result = new CompletableFuture<>();
    Thread thread = new Thread(() -> {
      try {
        result.complete(work.get());
      } catch (Throwable t) {
        result.completeExceptionally(t);
      }
    }, name);
    thread.setDaemon(true);
    thread.start();
    return result;
  }

  /** The result, or the failure the work threw, as the caller would have seen it. */
  private static <T> T joined(CompletableFuture<T> work) {
    try {
      return work.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException failure) {
        throw failure;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw e;
    }
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * Starts both services.
   *
   * @return this server, for {@code try (var mock = builder().build().start())}
   * @throws IllegalStateException if a port cannot be bound; the message says which and what to do
   */
  public synchronized ContactsMockServer start() {
    if (!loopbackOnly && !isRunning()) {
      LOG.warn("Listening on {}, which other machines can reach: anyone who can connect can call the emulated "
          + "APIs; the admin API (/__admin) {}. Bind 127.0.0.1 unless other machines need the mock.", bindAddress,
          !adminAccess.enabled() ? "is off" : "requires Authorization: Bearer <admin token>");
    }
    Map<MockService, Boolean> started;
    try {
      started = sideBySide("contacts-mock-start-", this::startService); // Jetty's start is CPU work too
    } catch (RuntimeException e) {
      stop(); // the service that did start
      throw e;
    }
    started.forEach((service, now) -> {
      if (now) {
        LOG.info("{} emulation listening on {}", service.displayName(), baseUrl(service));
      }
    });
    return this;
  }

  /** Starts one service's server unless it runs already; whether it was started now. */
  private boolean startService(MockService service) {
    WireMockServer server = emulations.get(service).server();
    if (server.isRunning()) {
      return false;
    }
    try {
      emulations.get(service).start();
    } catch (RuntimeException e) {
      throw new IllegalStateException(service.displayName() + " cannot listen on " + bindAddress + ":"
          + ports.get(service) + (causedBy(e, BindException.class) ? " (port in use)" : "")
          + ": choose another port, or 0 for a random free one", e);
    }
    return true;
  }

  /** Stops both services; stored contacts are discarded with the server. Safe to call twice. */
  public synchronized void stop() {
    for (ServiceWiring.Wired emulation : emulations.values()) {
      if (emulation.server().isRunning()) {
        emulation.server().stop();
      }
    }
  }

  @Override
  public void close() {
    stop();
  }

  public boolean isRunning() {
    return emulations.values().stream().allMatch(e -> e.server().isRunning());
  }

  /** The port a service listens on (the bound one when 0 was configured). */
  public int port(MockService service) {
    WireMockServer server = emulations.get(service).server();
    if (!server.isRunning()) {
      throw new IllegalStateException("The mock server is not running; call start() first");
    }
    return server.port();
  }

  /**
   * The base URL to give a client, e.g. {@code http://127.0.0.1:8081/api/v1}: the spec's server path on
   * this host, so the spec's paths ({@code /contacts}, {@code /api/contacts}) follow it unchanged.
   */
  public String baseUrl(MockService service) {
    return "http://" + host() + ":" + port(service) + emulations.get(service).emulation().spec().facts().basePath();
  }

  public String kejueBaseUrl() {
    return baseUrl(MockService.KEJUE);
  }

  public String receptaBaseUrl() {
    return baseUrl(MockService.RECEPTA);
  }

  /** Root URL of a service's WireMock admin API, e.g. {@code http://127.0.0.1:8081/__admin}. */
  public String adminUrl(MockService service) {
    return "http://" + host() + ":" + port(service) + "/__admin";
  }

  /**
   * The dashboard of a service's port, e.g. {@code http://127.0.0.1:8081/__admin/ui}: live request log,
   * stored contacts, API reference. Empty when the admin API is off.
   */
  public Optional<String> dashboardUrl(MockService service) {
    return adminAccess.enabled() ? Optional.of(adminUrl(service) + Dashboard.PATH) : Optional.empty();
  }

  /** The address the services listen on, as configured (default {@code 127.0.0.1}). */
  public String bindAddress() {
    return bindAddress;
  }

  /** Whether only this machine can connect: the bind address is a loopback address. */
  public boolean isLoopbackOnly() {
    return loopbackOnly;
  }

  /**
   * The token the admin API ({@code /__admin/**} on both ports) requires as {@code Authorization: Bearer
   * <token>}: the one configured, or, on an address other machines can reach, a random one. Empty when the
   * admin API is open (loopback, no token configured) or off.
   */
  public Optional<String> adminToken() {
    return adminAccess.token();
  }

  /** Whether the admin API answers at all ({@link Builder#adminApi(boolean)}). */
  public boolean isAdminApiEnabled() {
    return adminAccess.enabled();
  }

  /** The header the service reads its API key from, as the spec names it (e.g. {@code X-API-Key}). */
  public String apiKeyHeader(MockService service) {
    return emulations.get(service).emulation().spec().facts().apiKeyHeader();
  }

  /** A key the service accepts, made from the running spec's key prefixes, for samples and banners. */
  public String sampleApiKey(MockService service) {
    return emulations.get(service).emulation().spec().facts().sampleKey();
  }

  /** The YAML of the spec a service is emulated from (the packaged one, or the one given to the builder). */
  public String specYaml(MockService service) {
    return emulations.get(service).emulation().spec().yaml();
  }

  /** Where that spec was read from: a file, or the packaged spec's classpath location. */
  public String specSource(MockService service) {
    return emulations.get(service).emulation().spec().source();
  }

  /** The contacts stored in one workspace (service and API key), in creation order. */
  public List<JsonNode> contacts(MockService service, String apiKey) {
    return workspacesOf(service).contacts(Objects.requireNonNull(apiKey, "apiKey"));
  }

  /** Every workspace of a service: API key to its contacts in creation order. */
  public Map<String, List<JsonNode>> workspaces(MockService service) {
    return workspacesOf(service).all();
  }

  /** Empties every workspace of both services. Users' stubs are kept. */
  public void reset() {
    emulations.values().forEach(e -> e.emulation().workspaces().clearAll());
  }

  /** Empties one workspace. */
  public void reset(MockService service, String apiKey) {
    workspacesOf(service).clear(Objects.requireNonNull(apiKey, "apiKey"));
  }

  private Workspaces workspacesOf(MockService service) {
    return emulations.get(service).emulation().workspaces();
  }

  /**
   * The WireMock server behind a service, to add stubs ({@code wireMock(KEJUE).stubFor(...)}), which win
   * over the emulation, or to inspect its request journal.
   */
  public WireMockServer wireMock(MockService service) {
    return emulations.get(service).server();
  }

  /**
   * The requests a service received, newest first, as WireMock's journal records them (the last
   * {@link Builder#journalSize(int)}): those the emulation answered and those users' stubs answered alike. The
   * same list as {@code GET /__admin/requests}.
   */
  public List<LoggedRequest> requests(MockService service) {
    return wireMock(service).getAllServeEvents().stream().map(ServeEvent::getRequest).toList();
  }

  /**
   * How many of the requests in a service's journal match a WireMock request pattern, e.g.
   * {@code countRequests(KEJUE, postRequestedFor(urlPathEqualTo("/api/v1/contacts")))}.
   *
   * @throws IllegalStateException if the journal is off ({@link Builder#journalSize(int)} 0)
   */
  public int countRequests(MockService service, RequestPatternBuilder pattern) {
    if (wireMock(service).getOptions().requestJournalDisabled()) {
      throw new IllegalStateException("The request journal is off (journalSize 0): set a journal size to count requests");
    }
    return wireMock(service).countRequestsMatching(pattern.build()).getCount();
  }

  /**
   * Checks that exactly {@code count} requests in a service's journal match the pattern, failing with WireMock's
   * own report (the closest requests, a diff) otherwise: {@code verify(KEJUE, 1, postRequestedFor(...))}.
   */
  public void verify(MockService service, int count, RequestPatternBuilder pattern) {
    wireMock(service).verify(count, pattern);
  }

  /**
   * Bugs of the mock, most recent last (at most 100): responses that did not match the spec (answered 500
   * instead) and failures inside the emulation. Empty when all is well.
   */
  public List<String> responseValidationFailures() {
    return validationLog.recent();
  }

  /** How many bugs of the mock occurred since the start; the JUnit extension fails tests on any. */
  public long responseValidationFailureCount() {
    return validationLog.count();
  }

  private String host() {
    String bind = bindAddress;
    if (bind.equals("0.0.0.0") || bind.equals("::") || bind.equals("[::]")) {
      return "127.0.0.1";
    }
    return bind.contains(":") && !bind.startsWith("[") ? "[" + bind + "]" : bind;
  }

  private static boolean isLoopback(String address) {
    try {
      return InetAddress.getByName(address.replace("[", "").replace("]", "")).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false; // start() reports the address; until then, assume others could reach it
    }
  }

  private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return true;
      }
    }
    return false;
  }

  /** Configures a {@link ContactsMockServer}; every option has a sensible default. */
  public static final class Builder {
    private final Map<MockService, Integer> ports = new EnumMap<>(MockService.class);
    private String bindAddress = "127.0.0.1";
    private Path mappings;
    private boolean validateResponses = true;
    private int latencyMs;
    private double faultRate;
    private int journalSize = DEFAULT_JOURNAL_SIZE;
    private long maxStoredBytes = DEFAULT_MAX_STORED_BYTES;
    private String adminToken;
    private boolean adminApi = true;
    private final Set<String> adminCorsOrigins = new LinkedHashSet<>();
    private final Set<String> adminAllowedHosts = new LinkedHashSet<>();
    private final Map<MockService, EmulatedSpec> specs = new EnumMap<>(MockService.class);

    private Builder() {
      for (MockService service : MockService.values()) {
        ports.put(service, service.defaultPort());
      }
    }

    /** Port of the Kejue emulation; default 8081, 0 for a random free port. */
    public Builder kejuePort(int port) {
      return port(MockService.KEJUE, port);
    }

    /** Port of the Recepta emulation; default 8082, 0 for a random free port. */
    public Builder receptaPort(int port) {
      return port(MockService.RECEPTA, port);
    }

    public Builder port(MockService service, int port) {
      if (port < 0 || port > 65535) {
        throw new IllegalArgumentException("A port is 0 (random) to 65535, got " + port);
      }
      ports.put(service, port);
      return this;
    }

    /** Both services on random free ports. */
    public Builder randomPorts() {
      return kejuePort(0).receptaPort(0);
    }

    /**
     * Address to listen on; default {@code 127.0.0.1} (loopback only). On any other address (such as
     * {@code 0.0.0.0}) the admin API requires a token: {@link #adminToken(String)}, or a random one (see
     * {@link ContactsMockServer#adminToken()}).
     */
    public Builder bindAddress(String bindAddress) {
      this.bindAddress = Objects.requireNonNull(bindAddress, "bindAddress");
      return this;
    }

    /**
     * Require {@code Authorization: Bearer <token>} on the admin API ({@code /__admin/**}, the contacts
     * endpoints included) of both ports, whatever the bind address. The Java API is not affected.
     */
    public Builder adminToken(String token) {
      AdminAccess.token(token); // checks it
      this.adminToken = token;
      return this;
    }

    /**
     * Whether the admin API answers (default true); when false, every {@code /__admin} request is refused
     * with 401. The Java API ({@link ContactsMockServer#contacts}, {@link ContactsMockServer#wireMock}) keeps
     * working.
     */
    public Builder adminApi(boolean enabled) {
      this.adminApi = enabled;
      return this;
    }

    /**
     * Lets web pages of this origin (what a browser sends as {@code Origin}, e.g.
     * {@code http://localhost:3000}) use the admin API: CORS is granted to it and its state-changing requests
     * are accepted. By default no origin but the mock's own is (see docs/admin-security.md); the admin token,
     * if any, is still required.
     */
    public Builder adminCorsOrigin(String origin) {
      adminCorsOrigins.add(AdminPolicy.checkOrigin(origin));
      return this;
    }

    /**
     * A further host name clients use to reach the mock (e.g. a container's service name), accepted in the
     * {@code Host} header of admin requests. By default only {@code localhost}, the loopback addresses and
     * the bind address are, which keeps pages that rebind their DNS name to this machine out.
     */
    public Builder adminAllowedHost(String hostName) {
      adminAllowedHosts.add(AdminPolicy.checkHostName(hostName));
      return this;
    }

    /**
     * A folder with WireMock stubs of the user's own: {@code kejue/mappings/*.json} (and
     * {@code kejue/__files/}) for Kejue, {@code recepta/...} for Recepta. Its stubs win over the emulation.
     */
    public Builder mappingsDirectory(Path directory) {
      if (!Files.isDirectory(directory)) {
        throw new IllegalArgumentException("The mappings folder " + directory + " does not exist; create it with "
            + "kejue/mappings/ and recepta/mappings/ inside");
      }
      this.mappings = directory;
      return this;
    }

    /** Check every emulated response against the spec (default true); a mismatch is answered 500 and logged. */
    public Builder validateResponses(boolean validateResponses) {
      this.validateResponses = validateResponses;
      return this;
    }

    /** Delay added to every emulated response, in milliseconds (default 0). */
    public Builder latencyMs(int latencyMs) {
      if (latencyMs < 0) {
        throw new IllegalArgumentException("latencyMs must be 0 or more, got " + latencyMs);
      }
      this.latencyMs = latencyMs;
      return this;
    }

    /**
     * Share of emulated requests (0 to 1, default 0) answered with a random fault instead: 429 with
     * Retry-After, 500 or 503 in the service's error shape, or a connection reset. Nothing is stored for them.
     */
    public Builder faultRate(double faultRate) {
      if (!(faultRate >= 0 && faultRate <= 1)) {
        throw new IllegalArgumentException("faultRate must be between 0 and 1, got " + faultRate);
      }
      this.faultRate = faultRate;
      return this;
    }

    /**
     * How many requests each service's WireMock journal keeps (default {@value #DEFAULT_JOURNAL_SIZE}; 0 turns
     * the journal off). Each entry holds a request and its response, bodies included.
     */
    public Builder journalSize(int journalSize) {
      if (journalSize < 0) {
        throw new IllegalArgumentException("journalSize must be 0 or more, got " + journalSize);
      }
      this.journalSize = journalSize;
      return this;
    }

    /**
     * Memory each service's stored contacts may use, counted as their JSON plus a few bytes each (default
     * {@value #DEFAULT_MAX_STORED_BYTES}, 32 MiB). When a create would go beyond it, the oldest contacts of the
     * same workspace are dropped (or, if it holds nothing older, those of the largest workspace), logged once per
     * workspace at WARN and counted as {@code evicted} by the admin API: created = stored + evicted.
     */
    public Builder maxStoredBytes(long bytes) {
      if (bytes < 1) {
        throw new IllegalArgumentException("maxStoredBytes must be at least 1, got " + bytes);
      }
      this.maxStoredBytes = bytes;
      return this;
    }

    /**
     * Emulate a service from an edited copy of its spec instead of the packaged one: a changed success
     * status, an added field, another id format or key prefix (in {@code x-emulation} and
     * {@code x-key-prefixes}) take effect as the file says. The file is read and checked here.
     *
     * @throws IllegalArgumentException if the file is missing, not an OpenAPI document, or its
     *     {@code x-emulation} is unusable; the message names the file, the place in it, and what is allowed
     */
    public Builder spec(MockService service, Path yamlFile) {
      specs.put(Objects.requireNonNull(service, "service"), EmulatedSpec.load(Objects.requireNonNull(yamlFile, "yamlFile")));
      return this;
    }

    /**
     * Emulate a service from spec text; {@code source} names it in error messages.
     *
     * @see #spec(MockService, Path)
     */
    public Builder spec(MockService service, String source, String yaml) {
      specs.put(Objects.requireNonNull(service, "service"), EmulatedSpec.load(source, yaml));
      return this;
    }

    /** Builds the server; call {@link ContactsMockServer#start()} to listen. */
    public ContactsMockServer build() {
      return new ContactsMockServer(this);
    }
  }
}
