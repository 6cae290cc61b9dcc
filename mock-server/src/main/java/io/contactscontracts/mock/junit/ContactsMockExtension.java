package io.contactscontracts.mock.junit;

import io.contactscontracts.mock.ContactsMockServer;
import io.contactscontracts.mock.MockService;

import io.contactscontracts.mock.junit.Clients;
import java.net.URI;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * JUnit 5 extension that runs a {@link ContactsMockServer} with both services on random ports.
 *
 * <pre>{@code
 * @RegisterExtension static ContactsMockExtension mock = ContactsMockExtension.randomPorts();
 *
 * @Test void creates(KejueClient kejue, @MockBaseUrl(MockService.RECEPTA) String receptaUrl,
 *                    ContactsMockServer server) { ... }
 * }</pre>
 *
 * <p>Or {@code @ExtendWith(ContactsMockExtension.class)} on the class. Test methods (and constructors,
 * lifecycle methods) may declare: {@link ContactsMockServer}; a {@code String} or {@link URI} annotated
 * {@link MockBaseUrl}; and, when the client jars are on the test classpath, a ready {@code KejueClient} or
 * {@code ReceptaClient} using {@link #apiKey(MockService)}.
 *
 * <p>Registered on a static field or with {@code @ExtendWith}, one server serves the whole class; on an
 * instance field, each test gets its own. After each test the extension fails the test if any response of
 * the mock broke the spec (a bug of the mock), then, unless {@link Builder#resetAfterEach(boolean)} turned
 * it off, empties every workspace and resets WireMock (users' stubs, request journal, scenarios).
 */
public final class ContactsMockExtension
    implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback, ParameterResolver {

  private final UnaryOperator<ContactsMockServer.Builder> configuration;
  private final boolean resetAfterEach;
  private final Map<MockService, String> apiKeys;

  private ContactsMockServer server;
  private ExtensionContext startedBy;
  private long failuresBefore;

  /** Both services on random ports; what {@code @ExtendWith(ContactsMockExtension.class)} uses. */
  public ContactsMockExtension() {
    this(new Builder());
  }

  private ContactsMockExtension(Builder builder) {
    this.configuration = builder.configuration;
    this.resetAfterEach = builder.resetAfterEach;
    this.apiKeys = new EnumMap<>(builder.apiKeys);
  }

  /** Both services on random ports, default settings. */
  public static ContactsMockExtension randomPorts() {
    return new ContactsMockExtension();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The running server. */
  public ContactsMockServer server() {
    if (server == null) {
      throw new IllegalStateException("The mock server starts before the first test; use it from a test or @BeforeEach");
    }
    return server;
  }

  public String baseUrl(MockService service) {
    return server().baseUrl(service);
  }

  public String kejueBaseUrl() {
    return baseUrl(MockService.KEJUE);
  }

  public String receptaBaseUrl() {
    return baseUrl(MockService.RECEPTA);
  }

  /**
   * The API key injected clients use: the one given to the builder, else a sample key of the spec the
   * server runs ({@link ContactsMockServer#sampleApiKey}).
   */
  public String apiKey(MockService service) {
    String key = apiKeys.get(service);
    return key != null ? key : server().sampleApiKey(service);
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    start(context);
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    start(context);
    failuresBefore = server.responseValidationFailureCount();
  }

  @Override
  public void afterEach(ExtensionContext context) {
    long failures = server.responseValidationFailureCount() - failuresBefore;
    try {
      if (failures > 0) {
        List<String> recent = server.responseValidationFailures();
        throw new AssertionError(failures + " response(s) of the contacts mock server broke the spec during this "
            + "test (a bug of the mock, answered with 500): "
            + recent.subList((int) Math.max(0, recent.size() - failures), recent.size()));
      }
    } finally {
      if (resetAfterEach) {
        server.reset();
        for (MockService service : MockService.values()) {
          server.wireMock(service).resetAll();
        }
      }
      if (startedBy == context) {
        stop();
      }
    }
  }

  @Override
  public void afterAll(ExtensionContext context) {
    if (startedBy == context) {
      stop();
    }
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    if (parameter.isAnnotated(MockBaseUrl.class)) {
      return type == String.class || type == URI.class;
    }
    return type == ContactsMockServer.class
        || type.getName().equals(Clients.KEJUE_CLIENT)
        || type.getName().equals(Clients.RECEPTA_CLIENT);
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    start(context); // constructor and @BeforeAll parameters are resolved before beforeAll callbacks finish
    Class<?> type = parameter.getParameter().getType();
    if (parameter.isAnnotated(MockBaseUrl.class)) {
      String url = server.baseUrl(parameter.findAnnotation(MockBaseUrl.class).orElseThrow().value());
      return type == URI.class ? URI.create(url) : url;
    }
    if (type == ContactsMockServer.class) {
      return server;
    }
    if (type.getName().equals(Clients.KEJUE_CLIENT)) {
      return Clients.kejue(server.kejueBaseUrl(), apiKey(MockService.KEJUE));
    }
    if (type.getName().equals(Clients.RECEPTA_CLIENT)) {
      return Clients.recepta(server.receptaBaseUrl(), apiKey(MockService.RECEPTA));
    }
    throw new ParameterResolutionException("ContactsMockExtension cannot supply a " + type.getName());
  }

  private synchronized void start(ExtensionContext context) {
    if (server == null) {
      ContactsMockServer.Builder builder = configuration.apply(ContactsMockServer.builder().randomPorts());
      // In tests every response is checked against the spec, whatever the configuration says.
      server = builder.validateResponses(true).build().start();
      startedBy = context;
    }
  }

  private synchronized void stop() {
    if (server != null) {
      server.stop();
      server = null;
      startedBy = null;
    }
  }

  /** Configures a {@link ContactsMockExtension}. */
  public static final class Builder {
    private UnaryOperator<ContactsMockServer.Builder> configuration = UnaryOperator.identity();
    private boolean resetAfterEach = true;
    private final Map<MockService, String> apiKeys = new EnumMap<>(MockService.class);

    private Builder() {}

    /**
     * Adjusts the server, e.g. {@code b -> b.latencyMs(50).mappingsDirectory(dir)}. Ports start random;
     * response validation is always on in tests.
     */
    public Builder server(UnaryOperator<ContactsMockServer.Builder> configuration) {
      Objects.requireNonNull(configuration, "configuration");
      UnaryOperator<ContactsMockServer.Builder> before = this.configuration;
      this.configuration = b -> configuration.apply(before.apply(b));
      return this;
    }

    /**
     * Emulate a service from an edited copy of its spec (see {@link ContactsMockServer.Builder#spec(MockService,
     * java.nio.file.Path)}); checked when the extension starts the server.
     */
    public Builder spec(MockService service, java.nio.file.Path yamlFile) {
      Objects.requireNonNull(service, "service");
      Objects.requireNonNull(yamlFile, "yamlFile");
      UnaryOperator<ContactsMockServer.Builder> before = configuration;
      this.configuration = b -> before.apply(b).spec(service, yamlFile);
      return this;
    }

    /** Empty the workspaces and reset WireMock after each test (default true). */
    public Builder resetAfterEach(boolean resetAfterEach) {
      this.resetAfterEach = resetAfterEach;
      return this;
    }

    /** The API key injected clients of this service use. */
    public Builder apiKey(MockService service, String apiKey) {
      apiKeys.put(service, Objects.requireNonNull(apiKey, "apiKey"));
      return this;
    }

    public ContactsMockExtension build() {
      return new ContactsMockExtension(this);
    }
  }
}
