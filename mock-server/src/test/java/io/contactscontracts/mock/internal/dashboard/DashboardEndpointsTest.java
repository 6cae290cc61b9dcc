package io.contactscontracts.mock.internal.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.contactscontracts.mock.ContactsMockServer;
import io.contactscontracts.mock.MockService;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The live log's entries as the dashboard reads them: who answered, why, and a key it never reveals. */
class DashboardEndpointsTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

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
  void aRecepta400ShowsTheServicesMessageAndTheKeyOnlyMasked() throws Exception {
    String key = "rcp_SECRETsecret0123456789";
    int status = post(mock.receptaBaseUrl() + "/api/contacts", "{\"firstName\":\"Jane\"}",
        mock.apiKeyHeader(MockService.RECEPTA), key, "Content-Type", "text/plain");
    assertThat(status).isEqualTo(400);

    JsonNode page = events(MockService.RECEPTA, 0);
    JsonNode entry = page.get("events").get(0);
    assertThat(entry.get("status").asInt()).isEqualTo(400);
    assertThat(entry.get("method").asText()).isEqualTo("POST");
    assertThat(entry.get("answeredBy").asText()).isEqualTo("emulation");
    assertThat(entry.get("ms").asInt()).isNotNegative();
    assertThat(entry.get("time").asText()).endsWith("Z");
    assertThat(entry.get("key").asText()).isEqualTo("rcp_…6789");
    assertThat(entry.get("why").toString()).contains("Content-Type must be application/json");
    assertThat(page.toString()).doesNotContain("SECRETsecret");
  }

  @Test
  void aKejue422ListsEachViolationWithItsLocationAndAPreferFaultSaysWhoAskedForIt() throws Exception {
    String header = mock.apiKeyHeader(MockService.KEJUE);
    assertThat(post(mock.kejueBaseUrl() + "/contacts", "{\"tags\":null}", header, "kej_test_a")).isEqualTo(422);
    assertThat(post(mock.kejueBaseUrl() + "/contacts", "{}", header, "kej_test_a", "Prefer", "code=429")).isEqualTo(429);

    JsonNode events = events(MockService.KEJUE, 0).get("events");
    assertThat(events.get(0).get("why").toString()).contains("Prefer: code=429");
    assertThat(events.get(1).get("why").get(0).asText()).startsWith("body.tags: ");
  }

  @Test
  void onlyNewerEntriesComeBackAndAdminRequestsAreNotLogged() throws Exception {
    String header = mock.apiKeyHeader(MockService.KEJUE);
    post(mock.kejueBaseUrl() + "/contacts", "{}", header, "kej_test_a");
    long latest = events(MockService.KEJUE, 0).get("latest").asLong();
    get(mock.adminUrl(MockService.KEJUE) + "/contacts");

    JsonNode later = events(MockService.KEJUE, latest);
    assertThat(later.get("events")).isEmpty();
    assertThat(later.get("latest").asLong()).isEqualTo(latest);
    post(mock.kejueBaseUrl() + "/contacts", "{}", header, "kej_test_a");
    assertThat(events(MockService.KEJUE, latest).get("events")).hasSize(1);
    assertThat(get(mock.adminUrl(MockService.KEJUE) + "/ui/events?after=abc").statusCode()).isEqualTo(400);
  }

  private JsonNode events(MockService service, long after) throws IOException {
    HttpResponse<String> answer = get(mock.adminUrl(service) + "/ui/events?after=" + after);
    assertThat(answer.statusCode()).isEqualTo(200);
    return JSON.readTree(answer.body());
  }

  private static HttpResponse<String> get(String url) {
    return send(HttpRequest.newBuilder(URI.create(url)).GET().build());
  }

  private static int post(String url, String body, String... headers) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).POST(HttpRequest.BodyPublishers.ofString(body));
    boolean type = false;
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
      type |= headers[i].equalsIgnoreCase("Content-Type");
    }
    if (!type) {
      request.header("Content-Type", "application/json");
    }
    return send(request.build()).statusCode();
  }

  private static HttpResponse<String> send(HttpRequest request) {
    try {
      return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new AssertionError(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}
