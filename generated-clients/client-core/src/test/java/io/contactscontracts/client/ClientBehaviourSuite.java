package io.contactscontracts.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import ch.qos.logback.classic.Level;
import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.http.HttpHeaders;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.contactscontracts.specs.ApiSpec;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The error, retry, timeout and logging behaviour both clients must share, through real HTTP against
 * WireMock stubs that answer with the spec's documented examples. Each client module runs it through its
 * own public entry point by extending it.
 *
 * @param <B> the client's builder
 * @param <C> the client
 */
public abstract class ClientBehaviourSuite<B extends ClientBuilder<B, C>, C> {
  private static final Duration SHORT_BACKOFF = Duration.ofMillis(20);
  /** What a credential header's value reads in exceptions and logs, as docs/clients.md documents it. */
  private static final String REDACTED = "<redacted>";

  @RegisterExtension
  protected static final WireMockExtension server =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort().jettyAcceptors(1)).build();

  @RegisterExtension
  protected final LogCapture logs = new LogCapture();

  private final SpecFixture spec;
  private final Supplier<B> builder;
  private final String createdIdPointer;
  private final Function<C, String> createContact;
  /** A key in the service's documented format; distinctive, so a leak is found. */
  private final String validKey;

  /**
   * @param api the service's spec
   * @param builder a fresh builder from the client's public entry point
   * @param createdIdPointer where the id sits in the documented success example, as a JSON pointer
   * @param createContact creates a minimal contact and returns the id of what the client decoded
   */
  protected ClientBehaviourSuite(ApiSpec api, Supplier<B> builder, String createdIdPointer,
      Function<C, String> createContact) {
    this.spec = SpecFixture.of(api);
    this.builder = builder;
    this.createdIdPointer = createdIdPointer;
    this.createContact = createContact;
    this.validKey = spec.key("9fQ2xLeakCanary7");
  }

  /** Checks what the client read from the documented validation error example. */
  protected abstract void assertValidationDetails(ValidationException e, JsonNode documentedExample);

  // ---- typed errors ----

  @Test
  void aRejectedKeyIsAnAuthenticationErrorThatNamesTheKeyHeader() {
    JsonNode documented = spec.example(401);
    stub(error(401, documented));

    AuthenticationException e = failure(client(), AuthenticationException.class);

    assertThat(e.status()).isEqualTo(401);
    assertThat(e.getMessage()).contains(spec.keyHeader()).contains("HTTP 401").contains(".apiKey(");
    assertThat(e.rawBody()).isEqualTo(documented.toString());
    assertThat(e.serviceMessage()).isPresent();
    assertThat(documented.toString()).contains(e.serviceMessage().get());
    assertThat(e.header("content-type")).hasValue("application/json");
    assertThat(e.request().headers().get(spec.keyHeader())).containsExactly(REDACTED);
    assertThat(requestCount()).isOne();
  }

  @Test
  void aValidationErrorCarriesTheServiceDetails() {
    int status = spec.declares(422) ? 422 : 400;
    JsonNode documented = spec.example(status);
    stub(error(status, documented));

    ValidationException e = failure(client(), ValidationException.class);

    assertThat(e.status()).isEqualTo(status);
    assertThat(e.rawBody()).isEqualTo(documented.toString());
    assertThat(e.getMessage()).contains("invalid").contains("Fix the request");
    assertValidationDetails(e, documented);
    assertThat(requestCount()).as("a validation error is never retried").isOne();
  }

  @Test
  void aRateLimitCarriesTheParsedRetryDelay() {
    stub(error(429, spec.example(429)).withHeader("Retry-After", "7"));

    RateLimitException e = failure(builder.get().apiKey(validKey).baseUrl(baseUrl()).maxRetries(0).build(),
        RateLimitException.class);

    assertThat(e.retryAfter()).hasValue(Duration.ofSeconds(7));
    assertThat(e.getMessage()).contains("HTTP 429").contains("7 s");
    assertThat(requestCount()).isOne();
  }

  @Test
  void aRetryAfterHttpDateIsReadAsTheDelayUntilThen() {
    String inThirtySeconds = DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now(ZoneOffset.UTC).plusSeconds(30));
    stub(error(429, spec.example(429)).withHeader("Retry-After", inThirtySeconds));

    RateLimitException e = failure(builder.get().apiKey(validKey).baseUrl(baseUrl()).maxRetries(0).build(),
        RateLimitException.class);

    assertThat(e.retryAfter()).hasValueSatisfying(d -> assertThat(d).isBetween(Duration.ofSeconds(28), Duration.ofSeconds(30)));
  }

  @Test
  void aServerErrorCarriesTheServiceMessage() {
    JsonNode documented = spec.example(500);
    stub(error(500, documented));

    ServerException e = failure(client(), ServerException.class);

    assertThat(e.status()).isEqualTo(500);
    assertThat(e.serviceMessage()).isPresent();
    assertThat(documented.toString()).contains(e.serviceMessage().get());
    assertThat(e.getMessage()).contains("may or may not have been processed");
  }

  @Test
  void anErrorBodyThatIsNotJsonStillGivesTheTypedErrorWithTheRawBody() {
    String html = "<html><body><h1>502 Bad Gateway</h1></body></html>";
    stub(aResponse().withStatus(502).withHeader("Content-Type", "text/html").withBody(html));

    ServerException e = failure(client(), ServerException.class);

    assertThat(e.status()).isEqualTo(502);
    assertThat(e.rawBody()).isEqualTo(html);
    assertThat(e.serviceMessage()).isEmpty();
  }

  @Test
  void anErrorBodyInAnotherShapeStillGivesTheTypedErrorWithTheRawBody() {
    String otherShape = "{\"error\":{\"code\":\"unauthorized\"}}";
    stub(aResponse().withStatus(401).withHeader("Content-Type", "application/json").withBody(otherShape));

    AuthenticationException e = failure(client(), AuthenticationException.class);

    assertThat(e.rawBody()).isEqualTo(otherShape);
    assertThat(e.serviceMessage()).isEmpty();
  }

  @Test
  void aWrongPathIsARejectedRequestThatPointsAtTheBaseUrl() {
    stub(aResponse().withStatus(404).withBody("Not Found"));

    RequestRejectedException e = failure(client(), RequestRejectedException.class);

    assertThat(e.status()).isEqualTo(404);
    assertThat(e.getMessage()).contains("base URL");
  }

  @Test
  void aRedirectIsNotFollowed() {
    stub(aResponse().withStatus(307).withHeader("Location", server.baseUrl() + "/elsewhere"));

    RequestRejectedException e = failure(client(), RequestRejectedException.class);

    assertThat(e.status()).isEqualTo(307);
    assertThat(e.getMessage()).contains("/elsewhere");
    assertThat(server.findAll(postRequestedFor(urlEqualTo("/elsewhere")))).isEmpty();
  }

  // ---- decoding ----

  @Test
  void theDocumentedSuccessIsDecoded() {
    stubSuccess();

    assertThat(createContact.apply(client())).isEqualTo(documentedId());
  }

  @ParameterizedTest
  @ValueSource(ints = {200, 201})
  void anyTwoHundredStatusWithTheDocumentedBodyIsASuccess(int status) {
    // the services' docs do not show the success status; whichever 2xx they use, the contact comes back
    stub(aResponse().withStatus(status).withHeader("Content-Type", "application/json")
        .withBody(spec.successExample().toString()));

    assertThat(createContact.apply(client())).isEqualTo(documentedId());
  }

  @Test
  void aMalformedJsonSuccessGivesAClearDecodingError() {
    String malformed = "{\"id\": \"c0a8\", ";
    int status = spec.successStatus();
    stub(aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(malformed));

    ResponseDecodingException e = failure(client(), ResponseDecodingException.class);

    assertThat(e.status()).isEqualTo(status);
    assertThat(e.rawBody()).isEqualTo(malformed);
    assertThat(e.getMessage()).contains("HTTP " + status).contains("not valid JSON").contains("rawBody()");
    assertThat(requestCount()).as("the request was processed, so it is not retried").isOne();
  }

  @Test
  void anEmptySuccessBodyIsADecodingErrorNotNull() {
    stub(aResponse().withStatus(spec.successStatus()).withHeader("Content-Type", "application/json"));

    ResponseDecodingException e = failure(client(), ResponseDecodingException.class);

    assertThat(e.getMessage()).contains("empty");
  }

  // ---- retries ----

  @Test
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void aRateLimitWithRetryAfterOneSecondIsRetriedAfterThatSecondAndSucceeds() {
    stubScenario(error(429, spec.example(429)).withHeader("Retry-After", "1"));

    long start = System.nanoTime();
    String id = createContact.apply(client());
    Duration elapsed = Duration.ofNanos(System.nanoTime() - start);

    assertThat(id).isEqualTo(documentedId());
    assertThat(requestCount()).isEqualTo(2);
    assertThat(elapsed).as("waited for Retry-After").isGreaterThanOrEqualTo(Duration.ofMillis(950));
  }

  @Test
  void aServiceUnavailableIsRetried() {
    stubScenario(error(503, spec.example(503)));

    String id = createContact.apply(builder.get().apiKey(validKey).baseUrl(baseUrl()).retryBackoff(SHORT_BACKOFF).build());

    assertThat(id).isEqualTo(documentedId());
    assertThat(requestCount()).isEqualTo(2);
  }

  @Test
  void anInternalServerErrorIsNotRetriedByDefault() {
    stubScenario(error(500, spec.example(500)));

    failure(builder.get().apiKey(validKey).baseUrl(baseUrl()).retryBackoff(SHORT_BACKOFF).build(), ServerException.class);

    assertThat(requestCount()).as("a 500 may have stored the contact").isOne();
  }

  @Test
  void anInternalServerErrorIsRetriedWhenOptedIn() {
    stubScenario(error(500, spec.example(500)));

    String id = createContact.apply(builder.get().apiKey(validKey).baseUrl(baseUrl())
        .retryBackoff(SHORT_BACKOFF).retryServerErrors(true).build());

    assertThat(id).isEqualTo(documentedId());
    assertThat(requestCount()).isEqualTo(2);
  }

  @Test
  void retriesStopAfterMaxRetriesWithEarlierFailuresAttached() {
    stub(error(503, spec.example(503)));

    ServerException e = failure(builder.get().apiKey(validKey).baseUrl(baseUrl())
        .retryBackoff(SHORT_BACKOFF).maxRetries(2).build(), ServerException.class);

    assertThat(requestCount()).isEqualTo(3);
    assertThat(e.getSuppressed()).hasSize(2).allSatisfy(s -> assertThat(s).isInstanceOf(ServerException.class));
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void aServiceUnavailableAskingForAnImmediateRetryIsSentOnlyAsOftenAsConfigured(Transport transport) {
    // OkHttp re-sent such a POST once by itself, whatever maxRetries said (found through the mock server)
    stub(error(503, spec.example(503)).withHeader("Retry-After", "0"));

    failure(builder.get().apiKey(validKey).baseUrl(baseUrl()).transport(transport).maxRetries(0).build(),
        ServerException.class);

    assertThat(requestCount()).isOne();
  }

  @Test
  void maxRetriesZeroTurnsRetriesOff() {
    stub(error(429, spec.example(429)));

    failure(builder.get().apiKey(validKey).baseUrl(baseUrl()).maxRetries(0).build(), RateLimitException.class);

    assertThat(requestCount()).isOne();
  }

  @Test
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void aRetryAfterLongerThanTheMaximumDelayIsNotWaitedFor() {
    stub(error(429, spec.example(429)).withHeader("Retry-After", "120"));

    RateLimitException e = failure(client(), RateLimitException.class);

    assertThat(requestCount()).isOne();
    assertThat(e.retryAfter()).hasValue(Duration.ofSeconds(120));
  }

  // ---- transports: timeouts and connection failures ----

  @ParameterizedTest
  @EnumSource(Transport.class)
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void aReadTimeoutSurfacesTypedWithinTheConfiguredTimeAndIsNotRetried(Transport transport) {
    Duration stubDelay = Duration.ofSeconds(3);
    Duration readTimeout = Duration.ofMillis(300);
    stub(success().withFixedDelay((int) stubDelay.toMillis()));
    C client = builder.get().apiKey(validKey).baseUrl(baseUrl()).transport(transport).readTimeout(readTimeout)
        .retryBackoff(SHORT_BACKOFF).build();

    long start = System.nanoTime();
    ApiTimeoutException e = failure(client, ApiTimeoutException.class);
    Duration elapsed = Duration.ofNanos(System.nanoTime() - start);

    assertThat(e.requestSent()).isTrue();
    assertThat(e.timeout()).isEqualTo(readTimeout);
    assertThat(e.getMessage()).contains("read timeout").contains("may have been processed");
    assertThat(elapsed).as("gave up at the read timeout, not when the answer came")
        .isGreaterThanOrEqualTo(readTimeout).isLessThan(stubDelay);
    assertThat(requestCount()).as("a read timeout is never retried").isOne();
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void aRefusedConnectionIsRetriedThenSurfacesTyped(Transport transport) throws IOException {
    String nothingListens = "http://127.0.0.1:" + closedPort() + spec.basePath();
    C client = builder.get().apiKey(validKey).baseUrl(nothingListens).transport(transport)
        .retryBackoff(SHORT_BACKOFF).maxRetries(2).build();

    ConnectionException e = failure(client, ConnectionException.class);

    assertThat(e).isNotInstanceOf(ApiTimeoutException.class);
    assertThat(e.requestSent()).isFalse();
    assertThat(e.status()).isEqualTo(-1);
    assertThat(e.getMessage()).contains("not sent").contains("base URL");
    assertThat(e.getSuppressed()).hasSize(2);
    assertThat(logs.messages(Level.DEBUG, "io.contactscontracts"))
        .filteredOn(line -> line.startsWith("POST " + nothingListens) && line.contains("failed"))
        .as("one DEBUG line per attempt")
        .hasSize(3);
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void everyTransportSendsTheKeyAndDecodesTheDocumentedSuccess(Transport transport) {
    stubSuccess();

    String id = createContact.apply(builder.get().apiKey(validKey).baseUrl(baseUrl()).transport(transport).build());

    assertThat(id).isEqualTo(documentedId());
    assertThat(server.findAll(postRequestedFor(urlEqualTo(spec.stubPath()))).get(0).getHeader(spec.keyHeader()))
        .isEqualTo(validKey);
  }

  // ---- logging and the key ----

  @Test
  void logsOneDebugLinePerRequestWithMethodUrlStatusAndTime() {
    stubSuccess();
    C client = client();

    createContact.apply(client);
    createContact.apply(client);

    Pattern line = Pattern.compile(
        "POST " + Pattern.quote(baseUrl() + pathAfterBase()) + " -> " + spec.successStatus() + " \\(\\d+ ms\\)");
    assertThat(logs.messages(Level.DEBUG, "io.contactscontracts"))
        .filteredOn(m -> line.matcher(m).matches())
        .hasSize(2);
  }

  @Test
  void theApiKeyNeverAppearsInAnyLogLineEvenAtTrace() {
    stubSuccess();
    C client = client();
    createContact.apply(client);
    stub(error(401, spec.example(401)));
    AuthenticationException e = failure(client, AuthenticationException.class);

    List<String> logged = logs.everythingLogged();
    assertThat(logs.messages(Level.TRACE, "io.contactscontracts"))
        .as("Feign's full wire log is on at TRACE, with the key header redacted")
        .anySatisfy(m -> assertThat(m).endsWith("] " + spec.keyHeader() + ": " + REDACTED))
        .anySatisfy(m -> assertThat(m).contains("---> POST " + baseUrl()));
    assertThat(logged).isNotEmpty().noneSatisfy(l -> assertThat(l).contains(validKey));
    assertThat(e.toString()).doesNotContain(validKey);
    assertThat(e.request().headers().toString()).doesNotContain(validKey);
  }

  @Test
  void aKeyEchoedByTheServiceIsScrubbedFromTheTraceLog() {
    stub(aResponse().withStatus(spec.successStatus()).withHeader("Content-Type", "application/json")
        .withBody(spec.successExample().toString().replaceFirst("\\{", "{\"echo\":\"" + validKey + "\",")));

    createContact.apply(client());

    assertThat(logs.messages(Level.TRACE, "io.contactscontracts")).anySatisfy(m -> assertThat(m).contains("\"echo\""));
    assertThat(logs.everythingLogged()).noneSatisfy(l -> assertThat(l).contains(validKey));
  }

  // ---- headers and interceptors ----

  @Test
  void aHeaderAndAnInterceptorsHeaderAreSentOnceOnEveryAttemptWithThatAttemptsValue() {
    stub(error(503, spec.example(503)));
    AtomicInteger attempts = new AtomicInteger();
    C client = builder.get().apiKey(validKey).baseUrl(baseUrl()).retryBackoff(SHORT_BACKOFF).maxRetries(2)
        .header("X-Correlation-Id", "c-17")
        .requestInterceptor(template -> template.header("X-Attempt", String.valueOf(attempts.incrementAndGet())))
        .build();

    failure(client, ServerException.class);

    List<LoggedRequest> sent = sentInOrder();
    assertThat(sent).hasSize(3);
    for (int i = 0; i < sent.size(); i++) {
      HttpHeaders headers = sent.get(i).getHeaders();
      assertThat(headers.getHeader("X-Correlation-Id").values()).containsExactly("c-17");
      assertThat(headers.getHeader("X-Attempt").values()).containsExactly(String.valueOf(i + 1));
      assertThat(headers.getHeader(spec.keyHeader()).values()).containsExactly(validKey);
    }
  }

  @Test
  void theKeyHeaderCannotBeSetAsAHeaderInAnyCase() {
    for (String name : List.of(spec.keyHeader(), spec.keyHeader().toUpperCase(), spec.keyHeader().toLowerCase())) {
      assertThatThrownBy(() -> builder.get().header(name, "other"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining(spec.keyHeader()).hasMessageContaining("apiKey(");
    }
  }

  @Test
  void anInterceptorThatSetsTheKeyHeaderFailsTheCallBeforeAnythingIsSent() {
    stubSuccess();
    C client = builder.get().apiKey(validKey).baseUrl(baseUrl())
        .requestInterceptor(template -> template.header(spec.keyHeader().toUpperCase(), "stolen"))
        .build();

    assertThatThrownBy(() -> createContact.apply(client))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(spec.keyHeader()).hasMessageContaining("apiKey(");
    assertThat(requestCount()).isZero();
  }

  @Test
  void anInterceptorNeverSeesTheKey() {
    stubSuccess();
    List<String> seen = new ArrayList<>();
    C client = builder.get().apiKey(validKey).baseUrl(baseUrl())
        .requestInterceptor(template -> seen.add(template.headers().toString()))
        .build();

    createContact.apply(client);

    assertThat(seen).singleElement().asString().doesNotContain(validKey).doesNotContainIgnoringCase(spec.keyHeader());
  }

  @Test
  void aHeaderWithALineBreakIsRefused() {
    assertThatThrownBy(() -> builder.get().header("X-Note", "a\r\nX-Injected: 1"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  // ---- optional dependencies ----

  @Test
  void theClientsRunWithoutMicrometerOnTheClasspath() {
    // micrometer-core is an optional dependency of client-core: every other test here ran without it
    assertThatThrownBy(() -> Class.forName("io.micrometer.core.instrument.MeterRegistry"))
        .isInstanceOf(ClassNotFoundException.class);
  }

  // ---- the key at construction ----

  @Test
  void aMissingKeyFailsAtBuildSayingHowToSetIt() {
    assertThatThrownBy(() -> builder.get().apiKey("  ").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("API key is required")
        .hasMessageContaining(".apiKey(");
  }

  @Test
  void aKeyInAnotherFormatIsAcceptedWithAWarningNamingTheExpectedPrefix() {
    String otherFormat = "sk_" + validKey.substring(validKey.indexOf('_') + 1);

    builder.get().apiKey(otherFormat).build();

    List<String> warnings = logs.messages(Level.WARN, "io.contactscontracts");
    assertThat(warnings).singleElement().satisfies(w -> {
      assertThat(w).contains(validKey.substring(0, validKey.indexOf('_') + 1));
      assertThat(w).doesNotContain(otherFormat);
    });
  }

  @Test
  void aKeyInTheDocumentedFormatLogsNoWarning() {
    client();

    assertThat(logs.messages(Level.WARN, "io.contactscontracts")).isEmpty();
  }

  @Test
  void badOptionsFailAtTheBuilder() {
    assertThatThrownBy(() -> builder.get().readTimeout(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("readTimeout");
    assertThatThrownBy(() -> builder.get().maxRetries(-1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("maxRetries");
  }

  // ---- helpers ----

  private C client() {
    return builder.get().apiKey(validKey).baseUrl(baseUrl()).build();
  }

  private String baseUrl() {
    return server.baseUrl() + spec.basePath();
  }

  private String pathAfterBase() {
    return spec.stubPath().substring(spec.basePath().length());
  }

  private String documentedId() {
    return spec.successExample().at(createdIdPointer).asText();
  }

  private <T extends ContactsApiException> T failure(C client, Class<T> type) {
    T e = catchThrowableOfType(type, () -> createContact.apply(client));
    assertThat(e).as("expected a %s", type.getSimpleName()).isNotNull();
    assertThat(e.getMessage()).doesNotContain(validKey);
    return e;
  }

  private ResponseDefinitionBuilder success() {
    return aResponse().withStatus(spec.successStatus()).withHeader("Content-Type", "application/json")
        .withBody(spec.successExample().toString());
  }

  /** The status with a documented body, as the spec declares it: JSON, or plain text for a text node. */
  private static ResponseDefinitionBuilder error(int status, JsonNode body) {
    return body.isTextual()
        ? aResponse().withStatus(status).withHeader("Content-Type", "text/plain; charset=utf-8").withBody(body.asText())
        : aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body.toString());
  }

  private void stubSuccess() {
    stub(success());
  }

  private void stub(ResponseDefinitionBuilder response) {
    server.stubFor(post(urlEqualTo(spec.stubPath())).willReturn(response));
  }

  /** The first request gets {@code first}, every later one the documented success. */
  private void stubScenario(ResponseDefinitionBuilder first) {
    server.stubFor(post(urlEqualTo(spec.stubPath())).inScenario("first fails")
        .whenScenarioStateIs(Scenario.STARTED).willReturn(first).willSetStateTo("recovered"));
    server.stubFor(post(urlEqualTo(spec.stubPath())).inScenario("first fails")
        .whenScenarioStateIs("recovered").willReturn(success()));
  }

  private List<LoggedRequest> sentInOrder() {
    List<LoggedRequest> sent = new ArrayList<>(server.findAll(postRequestedFor(urlEqualTo(spec.stubPath()))));
    sent.sort(Comparator.comparing(LoggedRequest::getLoggedDate));
    return sent;
  }

  private int requestCount() {
    return server.findAll(postRequestedFor(urlEqualTo(spec.stubPath()))).size();
  }

  private static int closedPort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }
}
