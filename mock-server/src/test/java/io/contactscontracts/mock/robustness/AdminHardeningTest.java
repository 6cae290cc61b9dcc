package io.contactscontracts.mock.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import io.contactscontracts.mock.ContactsMockServer;
import io.contactscontracts.mock.MockService;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What a web page the developer visits can do to the mock's admin API, through real HTTP: the requests a
 * browser sends for such a page (its {@code Origin}, {@code Sec-Fetch-Site}, a rebound {@code Host}) on
 * both ports, for our endpoints and WireMock's own. See docs/admin-security.md.
 */
class AdminHardeningTest {
  private static final String EVIL = "http://evil.example";
  private static final String STUB = "{\"request\":{\"method\":\"GET\",\"url\":\"/planted\"},"
      + "\"response\":{\"proxyBaseUrl\":\"http://169.254.169.254\"}}";
  private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(5)).build();

  private ContactsMockServer mock;

  @BeforeEach
  void start() {
    mock = ContactsMockServer.builder().randomPorts().build().start();
  }

  @AfterEach
  void stop() {
    mock.stop();
  }

  @Test
  void aCrossOriginReadIsGrantedNoCorsSoThePageCannotSeeTheAnswer() {
    ValidCreate.answer(mock, MockService.KEJUE);
    for (MockService service : MockService.values()) {
      for (String path : List.of("/contacts", "/mappings", "/requests", "/ui/events", "/spec")) {
        HttpResponse<String> answer = send(service, "GET", path, "", "Origin", EVIL, "Sec-Fetch-Site", "cross-site");
        assertThat(answer.headers().firstValue("Access-Control-Allow-Origin")).as("%s %s", service, path).isEmpty();
        assertThat(answer.headers().firstValue("Access-Control-Allow-Credentials")).isEmpty();
      }
    }
  }

  @Test
  void noPreflightIsGrantedToAForeignOrigin() {
    for (MockService service : MockService.values()) {
      for (String path : List.of("/contacts", "/mappings", "/reset", "/shutdown")) {
        HttpResponse<String> answer = send(service, "OPTIONS", path, "", "Origin", EVIL,
            "Access-Control-Request-Method", "DELETE", "Access-Control-Request-Headers", "content-type");
        assertThat(answer.statusCode()).as("%s %s", service, path).isEqualTo(403);
        assertThat(answer.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        assertThat(answer.headers().firstValue("Access-Control-Allow-Methods")).isEmpty();
        assertThat(answer.body()).contains("cors-not-allowed", "--admin-cors-origin");
      }
    }
  }

  @Test
  void aRequestForAnotherHostNameIsRefusedAgainstDnsRebinding() throws IOException {
    for (MockService service : MockService.values()) {
      int port = mock.port(service);
      String refused = raw(port, "GET", "/__admin/contacts", "evil.example:" + port, "");
      assertThat(refused).startsWith("HTTP/1.1 403").contains("host-not-allowed", "--admin-allowed-host");
      assertThat(raw(port, "POST", "/__admin/mappings", "evil.example:" + port, STUB)).startsWith("HTTP/1.1 403");
      assertThat(raw(port, "GET", "/__admin/ui", "evil.example", "")).startsWith("HTTP/1.1 403");
      for (String host : List.of("localhost:" + port, "127.0.0.1:" + port, "[::1]:" + port, "LOCALHOST.")) {
        assertThat(raw(port, "GET", "/__admin/contacts", host, "")).as(host).startsWith("HTTP/1.1 200");
      }
    }
    assertThat(mock.wireMock(MockService.KEJUE).listAllStubMappings().getMappings())
        .noneMatch(stub -> "/planted".equals(stub.getRequest().getUrl()));
  }

  @Test
  void aCrossSiteSimplePostCannotPlantAStub() {
    for (MockService service : MockService.values()) {
      int before = mock.wireMock(service).listAllStubMappings().getMappings().size();
      List<String[]> attempts = List.of(
          new String[] {"Origin", EVIL, "Sec-Fetch-Site", "cross-site"},
          new String[] {"Origin", EVIL},
          new String[] {"Sec-Fetch-Site", "cross-site"},
          new String[] {"Origin", "null"},
          // another application on this host (another port) is same-site, not same-origin
          new String[] {"Origin", "http://127.0.0.1:3000", "Sec-Fetch-Site", "same-site"});
      for (String[] headers : attempts) {
        String[] all = concat(headers, "Content-Type", "text/plain");
        HttpResponse<String> answer = send(service, "POST", "/mappings", STUB, all);
        assertThat(answer.statusCode()).as("%s %s", service, String.join(" ", headers)).isEqualTo(403);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        assertThat(answer.body()).contains("cross-site-write");
      }
      assertThat(mock.wireMock(service).listAllStubMappings().getMappings()).as("no stub planted").hasSize(before);
    }
  }

  @Test
  void aCrossSiteDeleteLeavesTheStoreAndWireMockAlone() {
    ValidCreate.answer(mock, MockService.KEJUE);
    ValidCreate.answer(mock, MockService.RECEPTA);
    for (MockService service : MockService.values()) {
      String[] foreign = {"Origin", EVIL, "Sec-Fetch-Site", "cross-site"};
      assertThat(send(service, "DELETE", "/contacts", "", foreign).statusCode()).isEqualTo(403);
      assertThat(send(service, "DELETE", "/mappings", "", foreign).statusCode()).isEqualTo(403);
      assertThat(send(service, "POST", "/reset", "", concat(foreign, "Content-Type", "text/plain")).statusCode()).isEqualTo(403);
      assertThat(send(service, "POST", "/shutdown", "", concat(foreign, "Content-Type", "text/plain")).statusCode()).isEqualTo(403);
      assertThat(mock.workspaces(service)).as("%s store intact", service).hasSize(1);
    }
    assertThat(mock.isRunning()).as("not shut down by a page").isTrue();
    assertThat(ValidCreate.answer(mock, MockService.KEJUE).status()).as("the emulation still answers").isEqualTo(ValidCreate.successStatus(MockService.KEJUE));
  }

  @Test
  void theMocksOwnPagesCurlAndCodeMayStillChangeState() {
    ValidCreate.answer(mock, MockService.KEJUE);
    MockService service = MockService.KEJUE;
    String self = "http://127.0.0.1:" + mock.port(service);
    assertThat(send(service, "DELETE", "/contacts", "", "Origin", self, "Sec-Fetch-Site", "same-origin").statusCode())
        .as("the dashboard on this port").isEqualTo(200);
    ValidCreate.answer(mock, service);
    assertThat(send(service, "DELETE", "/contacts", "").statusCode()).as("curl, WireMock's client").isEqualTo(200);
    assertThat(mock.workspaces(service)).isEmpty();
    assertThat(send(service, "POST", "/mappings", STUB, "Content-Type", "application/json").statusCode()).isEqualTo(201);
  }

  @Test
  void anAllowListedOriginGetsCorsAndMayWriteButStillNeedsTheToken() {
    String app = "http://localhost:3000";
    try (ContactsMockServer allowed = ContactsMockServer.builder().randomPorts().adminCorsOrigin(app)
        .adminToken("tok-123456").build().start()) {
      int port = allowed.port(MockService.KEJUE);
      HttpResponse<String> preflight = send(port, "OPTIONS", "/contacts", "", "Origin", app,
          "Access-Control-Request-Method", "DELETE", "Access-Control-Request-Headers", "authorization");
      assertThat(preflight.statusCode()).isEqualTo(204);
      assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).hasValue(app);
      assertThat(preflight.headers().firstValue("Access-Control-Allow-Methods")).hasValueSatisfying(m -> assertThat(m).contains("DELETE"));
      assertThat(preflight.headers().firstValue("Access-Control-Allow-Credentials")).isEmpty();

      HttpResponse<String> noToken = send(port, "DELETE", "/contacts", "", "Origin", app, "Sec-Fetch-Site", "same-site");
      assertThat(noToken.statusCode()).isEqualTo(401);
      HttpResponse<String> withToken = send(port, "DELETE", "/contacts", "", "Origin", app, "Sec-Fetch-Site", "same-site",
          "Authorization", "Bearer tok-123456");
      assertThat(withToken.statusCode()).isEqualTo(200);
      assertThat(withToken.headers().firstValue("Access-Control-Allow-Origin")).hasValue(app);
      assertThat(send(port, "DELETE", "/contacts", "", "Origin", EVIL, "Authorization", "Bearer tok-123456").statusCode())
          .as("the token does not make a foreign page's write acceptable").isEqualTo(403);
    }
  }

  @Test
  void aConfiguredHostNameIsAccepted() throws IOException {
    try (ContactsMockServer named = ContactsMockServer.builder().randomPorts().adminAllowedHost("mock.internal")
        .build().start()) {
      int port = named.port(MockService.RECEPTA);
      assertThat(raw(port, "GET", "/__admin/contacts", "mock.internal:" + port, "")).startsWith("HTTP/1.1 200");
      assertThat(raw(port, "GET", "/__admin/contacts", "other.internal:" + port, "")).startsWith("HTTP/1.1 403");
    }
  }

  @Test
  void theEmulatedApiIsNotGuardedAndGrantsNoCorsLikeAServerToServerApi() throws IOException {
    SpecFacts kejue = SpecFacts.of(MockService.KEJUE);
    String path = kejue.operations.get(0).path;
    int port = mock.port(MockService.KEJUE);
    HttpResponse<String> created = send(port, "POST", path, "{\"first_name\":\"Ada\"}",
        true, "Origin", EVIL, "Sec-Fetch-Site", "cross-site", "Content-Type", "application/json",
        kejue.keyHeader, kejue.validKey("web"));
    assertThat(created.statusCode()).as("a browser app may call the emulated API").isEqualTo(ValidCreate.successStatus(MockService.KEJUE));
    assertThat(created.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    assertThat(raw(port, "GET", path, "evil.example:" + port, "")).as("no Host check off the admin API")
        .doesNotStartWith("HTTP/1.1 403");
    HttpResponse<String> preflight = send(port, "OPTIONS", path, "", true, "Origin", EVIL,
        "Access-Control-Request-Method", "POST", "Access-Control-Request-Headers", kejue.keyHeader.toLowerCase());
    assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
  }

  @Test
  void theDashboardPageIsPublicWithStrictHeadersButItsDataNeedsTheToken() {
    try (ContactsMockServer guarded = ContactsMockServer.builder().randomPorts().adminToken("tok-123456").build().start()) {
      int port = guarded.port(MockService.KEJUE);
      for (String path : List.of("/ui", "/ui/assets/dashboard.js", "/ui/assets/dashboard.css",
          "/ui/assets/swagger-ui/swagger-ui-bundle.js")) {
        HttpResponse<String> page = send(port, "GET", path, "");
        assertThat(page.statusCode()).as(path).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp)
            .contains("script-src 'self'", "frame-ancestors 'none'").doesNotContain("unsafe-inline", "unsafe-eval"));
        assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(page.headers().firstValue("X-Frame-Options")).hasValue("DENY");
      }
      for (String path : List.of("/ui/events", "/ui/config", "/spec", "/contacts", "/ui/assets/../../contacts")) {
        assertThat(send(port, "GET", path, "").statusCode()).as(path).isIn(400, 401, 404);
      }
      HttpResponse<String> spec = send(port, "GET", "/spec", "", "Authorization", "Bearer tok-123456");
      assertThat(spec.statusCode()).isEqualTo(200);
      assertThat(spec.body()).contains("\"servers\":[{\"url\":\"" + guarded.kejueBaseUrl().replaceFirst("^http://[^/]+", ""));
    }
    try (ContactsMockServer off = ContactsMockServer.builder().randomPorts().adminApi(false).build().start()) {
      assertThat(send(off.port(MockService.KEJUE), "GET", "/ui", "").statusCode()).as("--no-admin: no page").isEqualTo(401);
      assertThat(off.dashboardUrl(MockService.KEJUE)).isEmpty();
    }
  }

  private HttpResponse<String> send(MockService service, String method, String adminPath, String body, String... headers) {
    return send(mock.port(service), method, adminPath, body, headers);
  }

  private static HttpResponse<String> send(int port, String method, String adminPath, String body, String... headers) {
    return send(port, method, "/__admin" + adminPath, body, true, headers);
  }

  private static HttpResponse<String> send(int port, String method, String path, String body, boolean unused,
      String... headers) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
        .timeout(Duration.ofSeconds(20))
        .method(method, body.isEmpty() ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    try {
      return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new AssertionError(method + " " + path + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  /** java.net.http will not send a Host header of the caller's choosing; a socket will. */
  private static String raw(int port, String method, String path, String host, String body) throws IOException {
    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
      socket.setSoTimeout(20_000);
      byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
      String head = method + " " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n"
          + (bytes.length > 0 ? "Content-Type: application/json\r\nContent-Length: " + bytes.length + "\r\n" : "")
          + "\r\n";
      OutputStream out = socket.getOutputStream();
      out.write(head.getBytes(StandardCharsets.US_ASCII));
      out.write(bytes);
      out.flush();
      InputStream in = socket.getInputStream();
      ByteArrayOutputStream answer = new ByteArrayOutputStream();
      in.transferTo(answer);
      return answer.toString(StandardCharsets.UTF_8);
    }
  }

  private static String[] concat(String[] first, String... more) {
    String[] all = new String[first.length + more.length];
    System.arraycopy(first, 0, all, 0, first.length);
    System.arraycopy(more, 0, all, first.length, more.length);
    return all;
  }
}
