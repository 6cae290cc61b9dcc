package io.contactscontracts.mock.robustness;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import io.contactscontracts.client.ApiTimeoutException;
import io.contactscontracts.client.ClientBuilder;
import io.contactscontracts.client.ConnectionException;
import io.contactscontracts.client.ContactsApiException;
import io.contactscontracts.client.RateLimitException;
import io.contactscontracts.client.ResponseDecodingException;
import io.contactscontracts.client.ServerException;
import io.contactscontracts.client.Transport;
import io.contactscontracts.kejue.KejueClient;
import io.contactscontracts.kejue.model.ContactCreate;
import io.contactscontracts.mock.junit.ContactsMockExtension;
import io.contactscontracts.mock.ContactsMockServer;
import io.contactscontracts.mock.MockService;
import io.contactscontracts.recepta.ReceptaClient;
import io.contactscontracts.recepta.model.ContactCreateRequest;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The generated clients against the mock's faults, on every transport: each fault ends in its typed
 * exception within the client's timeout, nothing hangs, and the client retries exactly as configured (counted
 * in the mock's request journal). The clients cannot add a {@code Prefer} header, so the faults come from
 * the mock's run-wide latency and from stubs with WireMock's faults, which win over the emulation. No
 * exception, message or stack trace contains the API key.
 */
class ClientUnderFaultsTest {
  /** A hang guard, far above every timeout used here; not a performance claim. */
  private static final Duration HANG_GUARD = Duration.ofSeconds(15);
  private static final ObjectMapper JSON = new ObjectMapper();

  @RegisterExtension
  static ContactsMockExtension mock = ContactsMockExtension.randomPorts();

  static Stream<Arguments> servicesAndTransports() {
    return Arrays.stream(MockService.values())
        .flatMap(service -> Arrays.stream(Transport.values()).map(transport -> Arguments.of(service, transport)));
  }

  @ParameterizedTest(name = "{0} over {1}")
  @MethodSource("servicesAndTransports")
  void aConnectionResetIsAConnectionExceptionAndNeverRetried(MockService service, Transport transport) {
    stub(service, aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));

    ConnectionException e = failure(service, ConnectionException.class, b -> b.transport(transport).maxRetries(3));

    assertThat(e.requestSent()).as("the request reached the service, which may have stored it").isTrue();
    assertThat(requests(service)).as("a create that may have been stored is not sent again").isEqualTo(1);
  }

  @ParameterizedTest(name = "{0} over {1}")
  @MethodSource("servicesAndTransports")
  void everyBrokenConnectionIsAConnectionException(MockService service, Transport transport) {
    for (Fault fault : List.of(Fault.EMPTY_RESPONSE, Fault.MALFORMED_RESPONSE_CHUNK, Fault.RANDOM_DATA_THEN_CLOSE)) {
      mock.server().wireMock(service).resetAll();
      stub(service, aResponse().withFault(fault));

      ContactsApiException e = failure(service, ContactsApiException.class, b -> b.transport(transport).maxRetries(3));

      assertThat(e).as("%s", fault).isInstanceOfAny(ConnectionException.class, ResponseDecodingException.class);
      assertThat(requests(service)).as("%s is not retried", fault).isEqualTo(1);
    }
  }

  @ParameterizedTest(name = "{0} over {1}")
  @MethodSource("servicesAndTransports")
  void aResponseSlowerThanTheReadTimeoutIsAnApiTimeoutExceptionAndNeverRetried(MockService service,
      Transport transport) {
    // the mock answers after 60 s; the hang guard gives up after 15 s, so passing means the client gave up first
    try (ContactsMockServer slow = ContactsMockServer.builder().randomPorts().latencyMs(60_000).build().start()) {
      ApiTimeoutException e = failure(slow, service, ApiTimeoutException.class,
          b -> b.transport(transport).readTimeout(Duration.ofMillis(300)).maxRetries(3));

      assertThat(e.requestSent()).isTrue();
      assertThat(e.timeout()).isEqualTo(Duration.ofMillis(300));
      assertThat(slow.wireMock(service).findAll(postRequestedFor(urlPathEqualTo(path(service))))).hasSize(1);
    }
  }

  @ParameterizedTest(name = "{0} over {1}")
  @MethodSource("servicesAndTransports")
  void a429StormIsRetriedExactlyMaxRetriesTimesThenARateLimitException(MockService service, Transport transport) {
    stub(service, declaredAnswer(service, 429).withHeader("Retry-After", "0"));

    for (int maxRetries : new int[] {0, 1, 4}) {
      mock.server().wireMock(service).resetRequests();
      RateLimitException e = failure(service, RateLimitException.class,
          b -> b.transport(transport).maxRetries(maxRetries));

      assertThat(requests(service)).as("maxRetries(%d)", maxRetries).isEqualTo(maxRetries + 1);
      assertThat(e.getSuppressed()).as("the earlier attempts' failures").hasSize(maxRetries);
      assertThat(e.retryAfter()).hasValue(Duration.ZERO);
      assertThat(e.serviceMessage()).as("the service's own message, from the spec's example").isPresent();
    }
  }

  @ParameterizedTest(name = "{0} over {1}")
  @MethodSource("servicesAndTransports")
  void aRetryAfterLongerThanTheClientWaitsEndsTheStormAtOnce(MockService service, Transport transport) {
    stub(service, declaredAnswer(service, 429).withHeader("Retry-After", "120"));

    RateLimitException e = failure(service, RateLimitException.class,
        b -> b.transport(transport).maxRetries(3).maxRetryDelay(Duration.ofSeconds(5)));

    assertThat(requests(service)).isEqualTo(1);
    assertThat(e.retryAfter()).hasValue(Duration.ofSeconds(120));
  }

  @ParameterizedTest(name = "{0} over {1}")
  @MethodSource("servicesAndTransports")
  void serverErrorsAreRetriedOnlyWhenTheyCannotHaveStoredTheContact(MockService service, Transport transport) {
    // with Retry-After: 0, OkHttp used to send each attempt twice by itself: 6 requests
    stub(service, declaredAnswer(service, 503).withHeader("Retry-After", "0"));
    failure(service, ServerException.class, b -> b.transport(transport).maxRetries(2));
    assertThat(requests(service)).as("503 is retried").isEqualTo(3);

    mock.server().wireMock(service).resetAll();
    stub(service, declaredAnswer(service, 500));
    failure(service, ServerException.class, b -> b.transport(transport).maxRetries(2).retryBackoff(Duration.ofMillis(1)));
    assertThat(requests(service)).as("500 is not retried by default").isEqualTo(1);

    mock.server().wireMock(service).resetRequests();
    failure(service, ServerException.class, b -> b.transport(transport).maxRetries(2).retryBackoff(Duration.ofMillis(1))
        .retryServerErrors(true));
    assertThat(requests(service)).as("500 is retried when asked to").isEqualTo(3);
  }

  @ParameterizedTest(name = "{0} over {1}")
  @MethodSource("servicesAndTransports")
  void aMalformedJsonBodyInA201IsAResponseDecodingException(MockService service, Transport transport) {
    stub(service, aResponse().withStatus(201).withHeader("Content-Type", "application/json").withBody("{\"id\": \"abc"));

    ResponseDecodingException e = failure(service, ResponseDecodingException.class,
        b -> b.transport(transport).maxRetries(3));

    assertThat(e.status()).isEqualTo(201);
    assertThat(e.rawBody()).isEqualTo("{\"id\": \"abc");
    assertThat(requests(service)).as("the contact was created; it is not sent again").isEqualTo(1);
  }

  // ---- helpers ---------------------------------------------------------------------------------------------

  private static String key(MockService service) {
    return service.sampleApiKey() + "_SECRETc0ffee4d0g";
  }

  private static String path(MockService service) {
    return SpecFacts.of(service).operations.get(0).path;
  }

  private static void stub(MockService service, ResponseDefinitionBuilder answer) {
    mock.server().wireMock(service).stubFor(post(urlPathEqualTo(path(service))).willReturn(answer));
  }

  /** The status with the body and content type the spec declares for it (its example). */
  private static ResponseDefinitionBuilder declaredAnswer(MockService service, int status) {
    var content = SpecFacts.of(service).operations.get(0).operation.getResponses().get(String.valueOf(status))
        .getContent().entrySet().iterator().next();
    Object example = content.getValue().getExample();
    try {
      return aResponse().withStatus(status).withHeader("Content-Type", content.getKey())
          .withBody(example instanceof String && !content.getKey().contains("json") ? (String) example
              : JSON.writeValueAsString(example));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static int requests(MockService service) {
    return mock.server().wireMock(service).findAll(postRequestedFor(urlPathEqualTo(path(service)))).size();
  }

  private static <T extends ContactsApiException> T failure(MockService service, Class<T> type,
      Consumer<ClientBuilder<?, ?>> options) {
    return failure(mock.server(), service, type, options);
  }

  /** Builds a client with the options, creates a contact, and returns what it threw, checked for the key. */
  private static <T extends ContactsApiException> T failure(ContactsMockServer server, MockService service,
      Class<T> type, Consumer<ClientBuilder<?, ?>> options) {
    ThrowingCallable create;
    if (service == MockService.KEJUE) {
      KejueClient.Builder builder = KejueClient.builder().apiKey(key(service)).baseUrl(server.kejueBaseUrl())
          .retryBackoff(Duration.ofMillis(1));
      options.accept(builder);
      KejueClient client = builder.build();
      create = () -> client.contacts().createContact(new ContactCreate().firstName("Ada"));
    } else {
      ReceptaClient.Builder builder = ReceptaClient.builder().apiKey(key(service)).baseUrl(server.receptaBaseUrl())
          .retryBackoff(Duration.ofMillis(1));
      options.accept(builder);
      ReceptaClient client = builder.build();
      create = () -> client.contacts().createContact(new ContactCreateRequest().firstName("Ada"));
    }
    T thrown = assertTimeoutPreemptively(HANG_GUARD, () -> catchThrowableOfType(type, create));
    assertThat(thrown).as("the client threw a %s", type.getSimpleName()).isNotNull();
    StringWriter trace = new StringWriter();
    thrown.printStackTrace(new PrintWriter(trace));
    assertThat(trace.toString() + thrown.request()).as("exception, causes, suppressed and request")
        .doesNotContain(key(service)).doesNotContain("SECRETc0ffee4d0g");
    return thrown;
  }
}
