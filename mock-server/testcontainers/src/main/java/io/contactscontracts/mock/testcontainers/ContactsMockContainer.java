package io.contactscontracts.mock.testcontainers;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.dockerjava.api.exception.NotFoundException;
import io.contactscontracts.kejue.KejueClient;
import io.contactscontracts.recepta.ReceptaClient;
import io.contactscontracts.specs.ApiSpec;
import io.contactscontracts.specs.SpecFacts;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.testcontainers.containers.ContainerLaunchException;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.utility.DockerImageName;
import org.testcontainers.utility.MountableFile;

/**
 * The mock server's image as a Testcontainers container: both emulated services, ready clients for them and
 * the contacts they stored, with nothing of the mock server (WireMock, Jetty) on the test's classpath.
 *
 * <pre>{@code
 * @Container   // org.testcontainers:testcontainers-junit-jupiter; or start() and stop() it yourself
 * static ContactsMockContainer mock = new ContactsMockContainer();
 *
 * @Test
 * void createsTheContact() {
 *   mock.kejueClient().contacts().createContact(new ContactCreate().firstName("Ada"));
 *   assertThat(mock.contacts(ApiSpec.KEJUE)).hasSize(1);   // the clients' key: mock.getApiKey(ApiSpec.KEJUE)
 * }
 * }</pre>
 *
 * <p>The image ({@code localhost/contacts-mock-server} of this jar's version by default) is built by the
 * project, not pulled: see docs/mock-server-container.md. Inside the container the
 * mock listens on 0.0.0.0, so its admin API requires a token; this class gives it a random one (or yours,
 * {@link #withAdminToken}) and sends it with every admin request of its own. A container that does not start
 * (a flag or spec the mock refuses, an image that is not there) fails {@link #start()} with a {@link
 * ContainerLaunchException} whose message says why and carries the mock's own output.
 */
public class ContactsMockContainer extends GenericContainer<ContactsMockContainer> {
  /** This version's image, as mock-server/container builds it. */
  public static final DockerImageName DEFAULT_IMAGE = DockerImageName.parse(ImageName.defaultImage());

  /** The environment variable the mock reads its admin token from (kept out of the process list). */
  static final String ADMIN_TOKEN_VARIABLE = "CONTACTS_MOCK_ADMIN_TOKEN";
  private static final String SPEC_FOLDER = "/home/mock/specs/";
  private static final SecureRandom RANDOM = new SecureRandom();

  private final Map<ApiSpec, Path> specFiles = new EnumMap<>(ApiSpec.class);
  private final Map<ApiSpec, SpecFacts> facts = new EnumMap<>(ApiSpec.class);
  private final List<String> extraArgs = new ArrayList<>();
  private Double faultRate;
  private Integer latencyMs;
  private String adminToken = randomToken();
  private volatile String startFailure;

  /** The image of this version, {@link #DEFAULT_IMAGE}. */
  public ContactsMockContainer() {
    this(DEFAULT_IMAGE);
  }

  /**
   * Another tag of the image, or the image under another name (declare it with {@code
   * DockerImageName.parse("registry.example/mock:1").asCompatibleSubstituteFor("localhost/contacts-mock-server")}).
   */
  public ContactsMockContainer(DockerImageName image) {
    super(image);
    image.assertCompatibleWith(DockerImageName.parse(DEFAULT_IMAGE.getUnversionedPart()));
    withExposedPorts(ServicePorts.all());
    withImagePullPolicy(new LocalImagesNeverPulled());
    withStartupCheckStrategy(new StartedOrExited());
    waitingFor(new ReadinessWait(this));
  }

  /** Emulates Kejue from an edited copy of its spec ({@code --spec kejue=FILE}); see docs/mock-server.md. */
  public ContactsMockContainer withKejueSpec(Path file) {
    return withSpec(ApiSpec.KEJUE, file);
  }

  /** Emulates Recepta from an edited copy of its spec ({@code --spec recepta=FILE}). */
  public ContactsMockContainer withReceptaSpec(Path file) {
    return withSpec(ApiSpec.RECEPTA, file);
  }

  /** Answers this share (0 to 1) of emulated requests with a random fault ({@code --fault-rate}). */
  public ContactsMockContainer withFaultRate(double faultRate) {
    this.faultRate = faultRate;
    return self();
  }

  /** Delays every emulated response by this many milliseconds ({@code --latency-ms}). */
  public ContactsMockContainer withLatencyMs(int latencyMs) {
    this.latencyMs = latencyMs;
    return self();
  }

  /** The admin API's token instead of a random one; handed to the mock through its environment. */
  public ContactsMockContainer withAdminToken(String adminToken) {
    this.adminToken = Objects.requireNonNull(adminToken, "adminToken");
    return self();
  }

  /**
   * Further flags of the mock server, as on its command line (docs/mock-server.md), e.g. {@code
   * withArgs("--validate-responses", "--journal-size", "0")}. The ports, and the flags of the {@code with…}
   * methods, are set by this class.
   */
  public ContactsMockContainer withArgs(String... args) {
    extraArgs.addAll(Arrays.asList(args));
    return self();
  }

  private ContactsMockContainer withSpec(ApiSpec service, Path file) {
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException("No spec file " + file.toAbsolutePath() + " for " + service.serviceName()
          + "; give the path of your edited copy of " + service.classpathLocation());
    }
    specFiles.put(service, file);
    facts.remove(service);
    return self();
  }

  @Override
  protected void configure() {
    List<String> args = new ArrayList<>(ServicePorts.flags());
    // the name this test reaches the container by (localhost, or the engine's gateway address when the tests run
    // in a container themselves) is one the admin API's Host check must accept; any other name stays refused
    args.addAll(List.of("--admin-allowed-host", getHost()));
    if (faultRate != null) {
      args.addAll(List.of("--fault-rate", faultRate.toString()));
    }
    if (latencyMs != null) {
      args.addAll(List.of("--latency-ms", latencyMs.toString()));
    }
    specFiles.forEach((service, file) -> {
      String inContainer = SPEC_FOLDER + service.serviceName() + "/" + file.getFileName();
      // readable by the image's unprivileged user, whatever the file's mode here
      withCopyFileToContainer(MountableFile.forHostPath(file, 0644), inContainer);
      args.addAll(List.of("--spec", service.serviceName() + "=" + inContainer));
    });
    args.addAll(extraArgs);
    setCommand(args.toArray(String[]::new));
    withEnv(ADMIN_TOKEN_VARIABLE, adminToken);
  }

  /**
   * Starts the container and waits until both services answer; on failure the exception's message says why,
   * with the mock's output or how to build a missing image.
   */
  @Override
  public void start() {
    startFailure = null;
    try {
      super.start();
    } catch (ContainerLaunchException e) {
      String why = startFailure != null ? startFailure : missingImage();
      if (why == null) {
        throw e;
      }
      throw new ContainerLaunchException(why, e);
    }
  }

  /** Records why the start failed, for {@link #start()}'s exception; called by the readiness check. */
  ContainerLaunchException startFailed(String why) {
    startFailure = why;
    return new ContainerLaunchException(why);
  }

  private String missingImage() {
    String image = getDockerImageName();
    try {
      getDockerClient().inspectImageCmd(image).exec();
      return null;
    } catch (NotFoundException e) {
      return "The image " + image + " is not in the container engine (DOCKER_HOST=" + System.getenv("DOCKER_HOST")
          + "). The project builds it, there is no registry to pull it from: as root, run .ci/podman-setup, then "
          + "./mvnw -q install -DskipTests (see docs/mock-server-container.md).";
    }
  }

  /** The Kejue API's base URL on this host, e.g. {@code http://localhost:32768/api/v1} (the spec's base path). */
  public String getKejueBaseUrl() {
    return getBaseUrl(ApiSpec.KEJUE);
  }

  /** The Recepta API's base URL on this host. */
  public String getReceptaBaseUrl() {
    return getBaseUrl(ApiSpec.RECEPTA);
  }

  /** The base URL of a service: host and mapped port, then the base path of its spec (yours, if you gave one). */
  public String getBaseUrl(ApiSpec service) {
    return origin(service) + facts(service).basePath();
  }

  /** The service's admin API, e.g. {@code http://localhost:32768/__admin}; it needs {@link #getAdminToken()}. */
  public String getAdminUrl(ApiSpec service) {
    return origin(service) + AdminApi.PATH;
  }

  /** The token the admin API requires: {@code Authorization: Bearer TOKEN}. */
  public String getAdminToken() {
    return adminToken;
  }

  /** The key the ready clients send: the sample key of the service's spec (yours, if you gave one). */
  public String getApiKey(ApiSpec service) {
    return facts(service).sampleKey();
  }

  /** A Kejue client for this container, with {@link #getApiKey getApiKey(KEJUE)}. */
  public KejueClient kejueClient() {
    return KejueClient.builder().baseUrl(getKejueBaseUrl()).apiKey(getApiKey(ApiSpec.KEJUE)).build();
  }

  /** A Recepta client for this container, with {@link #getApiKey getApiKey(RECEPTA)}. */
  public ReceptaClient receptaClient() {
    return ReceptaClient.builder().baseUrl(getReceptaBaseUrl()).apiKey(getApiKey(ApiSpec.RECEPTA)).build();
  }

  /** The contacts the ready clients' key stored, oldest first. */
  public List<JsonNode> contacts(ApiSpec service) {
    return contacts(service, getApiKey(service));
  }

  /** The contacts stored under one API key (one workspace), oldest first, as the service answered them. */
  public List<JsonNode> contacts(ApiSpec service, String apiKey) {
    return admin(service).contacts(apiKey);
  }

  /** Empties one workspace; the number of contacts deleted. */
  public int deleteContacts(ApiSpec service, String apiKey) {
    return admin(service).delete(apiKey);
  }

  /** Empties every workspace of both services. */
  public void deleteAllContacts() {
    for (ApiSpec service : ApiSpec.values()) {
      admin(service).delete(null);
    }
  }

  private AdminApi admin(ApiSpec service) {
    return new AdminApi(origin(service), adminToken);
  }

  private String origin(ApiSpec service) {
    return "http://" + getHost() + ":" + getMappedPort(ServicePorts.of(service));
  }

  private synchronized SpecFacts facts(ApiSpec service) {
    return facts.computeIfAbsent(service, s -> {
      Path file = specFiles.get(s);
      if (file == null) {
        return SpecFacts.of(s);
      }
      try {
        return SpecFacts.parse(file.toString(), Files.readString(file));
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot read " + file, e);
      }
    });
  }

  private static String randomToken() {
    byte[] bytes = new byte[24];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
