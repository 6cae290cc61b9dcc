package io.contactscontracts.mock.robustness;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.contactscontracts.mock.junit.ContactsMockExtension;
import io.contactscontracts.mock.ContactsMockServer;
import io.contactscontracts.mock.MockService;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What the bad-input suite found, each kept as the request that showed it, named for what the mock did
 * then. Every one of them now gets the service's answer; the first group answered 500.
 */
class FoundByTheSuiteTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String KEJUE_KEY = "kej_test_regressions";
  private static final String RECEPTA_KEY = "rcp_regressions";

  @RegisterExtension
  static ContactsMockExtension mock = ContactsMockExtension.randomPorts();

  // ---- answered 500 ---------------------------------------------------------------------------------------

  @ParameterizedTest
  @EnumSource(MockService.class)
  void aBodyStartingWithTheGzipMagicBytesWas500(MockService service) throws IOException {
    // WireMock inflates any body that starts 1F 8B and failed with EOFException
    Wire.Answer answer = send(service, create(service).body(new byte[] {0x1f, (byte) 0x8b}));

    assertValidationError(service, answer);
  }

  @ParameterizedTest
  @EnumSource(MockService.class)
  void aGzipContentEncodingOverABodyThatIsNotGzipWas500(MockService service) throws IOException {
    Wire.Answer answer = send(service, create(service).header("Content-Encoding", "gzip").body("{}"));

    assertValidationError(service, answer);
  }

  @ParameterizedTest
  @EnumSource(MockService.class)
  void aMultipartContentTypeWithoutBoundaryWas500(MockService service) throws IOException {
    // WireMock parses multipart bodies for its journal and threw FileUploadException
    Wire.Answer answer = send(service, create(service).header("Content-Type", "multipart/form-data")
        .body("--xyz\r\n\r\nAda\r\n--xyz--\r\n"));

    assertValidationError(service, answer);
  }

  @ParameterizedTest
  @EnumSource(MockService.class)
  void aFormBodyWithAMalformedPercentEscapeWas500(MockService service) throws IOException {
    // WireMock decodes form bodies when it reads the request: "Not valid encoding '%zz'"
    Wire.Answer answer = send(service, create(service).header("Content-Type", "application/x-www-form-urlencoded")
        .body("first_name=%zz"));

    assertValidationError(service, answer);
  }

  @ParameterizedTest
  @EnumSource(MockService.class)
  void aFormContentTypeWithAnUnknownCharsetWas500(MockService service) throws IOException {
    Wire.Answer answer = send(service, create(service)
        .header("Content-Type", "application/x-www-form-urlencoded; charset=nope").body("first_name=Ada"));

    assertValidationError(service, answer);
  }

  @ParameterizedTest
  @EnumSource(MockService.class)
  void aJsonBodyWithAnUnknownCharsetWas500(MockService service) throws IOException {
    // both the validator and WireMock's request log looked the charset up; the services ignore it
    Wire.Answer answer = send(service, create(service).header("Content-Type", "application/json; charset=nope")
        .body("{\"email\":\"ada@example.com\"}"));

    assertThat(answer.status()).as(answer.text()).isEqualTo(SpecFacts.of(service).operations.get(0).successStatus());
  }

  @ParameterizedTest
  @EnumSource(MockService.class)
  void aMalformedPercentEscapeInTheQueryWas500(MockService service) throws IOException {
    // WireMock decodes every query strictly for its journal; the services decode leniently and ignore it
    SpecFacts spec = SpecFacts.of(service);
    Wire.Answer answer = send(service, BadRequest.to("POST", spec.operations.get(0).path + "?a=%zz&b=%E0%A4").raw()
        .header(spec.keyHeader, key(service)).header("Content-Type", "application/json").body("{}"));

    assertThat(answer.status()).as(answer.text()).isEqualTo(spec.operations.get(0).successStatus());
  }

  @ParameterizedTest
  @EnumSource(MockService.class)
  void aMalformedPercentEscapeInTheAdminQueryWas500(MockService service) throws IOException {
    // WireMock decodes every query strictly for its journal, before any handler runs
    Wire.Answer answer = send(service, BadRequest.to("GET", "/__admin/contacts?apiKey=%zz").raw());

    assertThat(answer.status()).as(answer.text()).isEqualTo(200);
    assertThat(JSON.readTree(answer.body()).get("apiKey").asText()).isEqualTo("%zz");
  }

  // ---- memory without bound --------------------------------------------------------------------------------

  @ParameterizedTest
  @EnumSource(MockService.class)
  void aGzipBombWasInflatedWithoutBound(MockService service) throws IOException {
    // 256 MB of zeros in about 250 kB: WireMock inflated all of it into memory before the size check
    byte[] bomb = gzippedZeros(256);

    Wire.Answer withHeader = send(service, create(service).header("Content-Encoding", "gzip").body(bomb));
    Wire.Answer byMagicBytes = send(service, create(service).body(bomb));

    assertThat(withHeader.status()).as(withHeader.text()).isIn(413);
    assertThat(byMagicBytes.status()).as(byMagicBytes.text()).isIn(413);
  }

  @Test
  void tenMegabyteBodiesWereBufferedWholeAndKeptInTheJournal(ContactsMockServer server) throws IOException {
    // WireMock read each body whole and its journal (100 requests) kept them: 20 of them held 200 MB
    byte[] tenMegabytes = ("{\"first_name\":\"" + "x".repeat(10 * 1024 * 1024) + "\"}").getBytes(StandardCharsets.US_ASCII);
    long before = usedHeapAfterGc();

    for (int i = 0; i < 10; i++) {
      assertThat(send(MockService.KEJUE, create(MockService.KEJUE).body(tenMegabytes)).status()).isEqualTo(413);
      assertThat(send(MockService.RECEPTA, create(MockService.RECEPTA).header("Transfer-Encoding", "chunked").raw()
          .body(tenMegabytes)).status()).isEqualTo(413);
    }

    long retained = usedHeapAfterGc() - before;
    assertThat(retained).as("heap still in use after 20 bodies of 10 MB").isLessThan(64L * 1024 * 1024);
    for (MockService service : MockService.values()) {
      assertThat(server.wireMock(service).findAll(anyRequestedFor(anyUrl())))
          .allSatisfy(request -> assertThat(request.getBody().length).isLessThanOrEqualTo(1024 * 1024));
    }
  }

  // ---- accepted what the service refuses -------------------------------------------------------------------

  @ParameterizedTest
  @EnumSource(MockService.class)
  void trailingContentAfterTheJsonValueWasStored(MockService service, ContactsMockServer server) throws IOException {
    // Jackson reads the first value and ignores the rest; Python's json and JSON.parse refuse the body
    Wire.Answer answer = send(service, create(service).body("{\"email\":\"ada@example.com\"} x"));

    assertValidationError(service, answer);
    assertThat(server.contacts(service, key(service))).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(MockService.class)
  void invalidUtf8WasStoredAsAnEmptyContact(MockService service, ContactsMockServer server) throws IOException {
    // the validator decoded with replacement characters and passed; the body was then unreadable, so the
    // contact was stored with no fields at all
    byte[] body = {'{', '"', 'e', 'm', 'a', 'i', 'l', '"', ':', '"', (byte) 0xff, '"', '}'};

    Wire.Answer answer = send(service, create(service).body(body));

    assertValidationError(service, answer);
    assertThat(server.contacts(service, key(service))).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(MockService.class)
  void halfASurrogatePairWasStoredAsAQuestionMark(MockService service, ContactsMockServer server) throws IOException {
    SpecFacts spec = SpecFacts.of(service);
    String field = spec.operations.get(0).requestSchema.getProperties().keySet().iterator().next();

    Wire.Answer answer = send(service, create(service).body("{\"" + field + "\":\"Ada\\ud83d\"}"));

    assertValidationError(service, answer);
    assertThat(answer.text()).contains(field);
    assertThat(server.contacts(service, key(service))).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(MockService.class)
  void aPathWithoutTheBasePathWasServed(MockService service) throws IOException {
    // the validator's path resolver also matched /contacts for /api/v1/contacts
    SpecFacts spec = SpecFacts.of(service);
    String withoutBase = spec.operations.get(0).path.substring(spec.basePath.length());

    Wire.Answer answer = send(service, BadRequest.to("POST", withoutBase).header(spec.keyHeader, key(service))
        .header("Content-Type", "application/json").body("{}"));

    assertThat(answer.status()).isEqualTo(404);
  }

  @ParameterizedTest
  @EnumSource(MockService.class)
  void aBodyWithoutContentTypeWasRead(MockService service, ContactsMockServer server) throws IOException {
    Wire.Answer answer = send(service, create(service).header("Content-Type", null).body("{\"email\":\"ada@example.com\"}"));

    assertValidationError(service, answer);
    assertThat(server.contacts(service, key(service))).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(MockService.class)
  void aTwoKilobyteKeyOpenedAWorkspace(MockService service, ContactsMockServer server) throws IOException {
    String key = key(service) + "x".repeat(2048);

    Wire.Answer answer = send(service, create(service).header(SpecFacts.of(service).keyHeader, key).body("{}"));

    assertThat(answer.status()).isEqualTo(401);
    assertThat(server.workspaces(service)).isEmpty();
  }

  // ---- answered in Jetty's shape ---------------------------------------------------------------------------

  @ParameterizedTest
  @EnumSource(MockService.class)
  void aMalformedRequestTargetGotJettysHtmlPage(MockService service) throws IOException {
    Wire.Answer answer = send(service, BadRequest.to("GET", "/api/v1/%zz").raw());

    assertThat(answer.status()).isEqualTo(400);
    assertPlainError(service, answer);
  }

  @ParameterizedTest
  @EnumSource(MockService.class)
  void headersTooLargeGotJettysHtmlPage(MockService service) throws IOException {
    Wire.Answer answer = send(service, create(service).header("X-Padding", "x".repeat(64 * 1024)).body("{}").raw());

    assertThat(answer.status()).isEqualTo(431);
    assertPlainError(service, answer);
  }

  @ParameterizedTest
  @EnumSource(MockService.class)
  void a405SaidNothingAboutWhichMethodsAreAllowed(MockService service) throws IOException {
    SpecFacts spec = SpecFacts.of(service);

    Wire.Answer answer = send(service, BadRequest.to("GET", spec.operations.get(0).path).header(spec.keyHeader, key(service)));

    assertThat(answer.status()).isEqualTo(405);
    assertThat(answer.header("Allow")).hasValue(spec.operations.get(0).method);
    assertPlainError(service, answer);
  }

  // ---- helpers ---------------------------------------------------------------------------------------------

  private static String key(MockService service) {
    return service == MockService.KEJUE ? KEJUE_KEY : RECEPTA_KEY;
  }

  /** A create request with a valid key and JSON Content-Type, to be given a body. */
  private static BadRequest.Draft create(MockService service) {
    SpecFacts spec = SpecFacts.of(service);
    SpecFacts.JsonOperation operation = spec.operations.get(0);
    return BadRequest.to(operation.method, operation.path).header(spec.keyHeader, key(service))
        .header("Content-Type", "application/json");
  }

  private static Wire.Answer send(MockService service, BadRequest.Draft request) throws IOException {
    return Wire.send(request.expect("regression", "regression", 0), mock.server().port(service));
  }

  private static void assertValidationError(MockService service, Wire.Answer answer) throws IOException {
    SpecFacts.JsonOperation operation = SpecFacts.of(service).operations.get(0);
    assertThat(answer.status()).as(answer.text()).isEqualTo(operation.validationStatus());
    JsonNode body = JSON.readTree(answer.body());
    if (service == MockService.KEJUE) {
      assertThat(body.get("detail").isArray()).as(answer.text()).isTrue();
    } else {
      assertThat(body.get("success").asBoolean(true)).as(answer.text()).isFalse();
    }
  }

  private static void assertPlainError(MockService service, Wire.Answer answer) throws IOException {
    assertThat(answer.header("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
    JsonNode body = JSON.readTree(answer.body());
    if (service == MockService.KEJUE) {
      assertThat(body.get("detail").isTextual()).as(answer.text()).isTrue();
    } else {
      assertThat(body.get("success").asBoolean(true)).as(answer.text()).isFalse();
      assertThat(body.get("message").isTextual()).as(answer.text()).isTrue();
    }
  }

  private static byte[] gzippedZeros(int megabytes) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] megabyte = new byte[1024 * 1024];
    try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
      for (int i = 0; i < megabytes; i++) {
        gzip.write(megabyte);
      }
    }
    return out.toByteArray();
  }

  private static long usedHeapAfterGc() {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }
}
