package io.contactscontracts.mock.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The fat jar as users start it: the dashboard in the banner, the admin options on the command line. */
class AdminHardeningIT {
  private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @Test
  void theBannerPrintsEachPortsDashboardAndTheCommandLineSetsTheAllowList() throws Exception {
    String app = "http://localhost:5173";
    try (MockServerProcess mock = MockServerProcess.start(List.of(), Map.of(), "--admin-cors-origin", app,
        "--admin-allowed-host", "mock.internal")) {
      Map<String, Integer> ports = mock.awaitPorts();
      String banner = String.join("\n", mock.output());
      for (int port : ports.values()) {
        String dashboard = "http://127.0.0.1:" + port + "/__admin/ui";
        assertThat(banner).contains("dashboard " + dashboard);
        HttpResponse<String> page = send(HttpRequest.newBuilder(URI.create(dashboard)).GET());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));

        HttpResponse<String> allowed = send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/__admin/contacts"))
            .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).header("Origin", app)
            .header("Access-Control-Request-Method", "DELETE"));
        assertThat(allowed.headers().firstValue("Access-Control-Allow-Origin")).hasValue(app);
        HttpResponse<String> foreign = send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/__admin/contacts"))
            .DELETE().header("Origin", "http://evil.example"));
        assertThat(foreign.statusCode()).isEqualTo(403);
      }
    }
  }

  private static HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return CLIENT.send(request.timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }
}
