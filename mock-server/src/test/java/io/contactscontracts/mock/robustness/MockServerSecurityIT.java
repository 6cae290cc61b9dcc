package io.contactscontracts.mock.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import io.contactscontracts.mock.MockService;
import io.contactscontracts.mock.internal.state.ApiKeys;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The security options of the fat jar, as users start it: the admin token (option or environment), the
 * admin API turned off, and logs that never show an API key, even at DEBUG.
 */
class MockServerSecurityIT {
  private static final String TOKEN = "an-admin-token-0123456789";
  private static final String KEJUE_SECRET = "SECRETkejue0123456789";
  private static final String RECEPTA_SECRET = "SECRETrecepta0123456789";
  private static final String FOREIGN_SECRET = "TOPSECRETforeign987654321";
  private static final String KEJUE_KEY = "kej_live_" + KEJUE_SECRET;
  private static final String RECEPTA_KEY = "rcp_" + RECEPTA_SECRET;

  @Test
  void aGivenTokenGuardsTheAdminApiAndTheBannerDoesNotRepeatIt() throws Exception {
    try (MockServerProcess mock = MockServerProcess.start(List.of(), Map.of(), "--admin-token", TOKEN)) {
      Map<String, Integer> ports = mock.awaitPorts();

      for (int port : ports.values()) {
        assertThat(admin(port, "GET", "/contacts", null)).isEqualTo(401);
        assertThat(admin(port, "GET", "/contacts", "Bearer " + TOKEN)).isEqualTo(200);
        assertThat(admin(port, "POST", "/reset", "Bearer " + TOKEN)).isEqualTo(200);
      }
      assertThat(String.join("\n", mock.output())).contains("Bearer <your admin token>").doesNotContain(TOKEN);
    }
  }

  @Test
  void theTokenCanComeFromTheEnvironmentSoItStaysOutOfTheProcessList() throws Exception {
    try (MockServerProcess mock = MockServerProcess.start(List.of(), Map.of("CONTACTS_MOCK_ADMIN_TOKEN", TOKEN))) {
      int port = mock.awaitPorts().get("Kejue");

      assertThat(admin(port, "GET", "/contacts", null)).isEqualTo(401);
      assertThat(admin(port, "GET", "/contacts", "Bearer " + TOKEN)).isEqualTo(200);
    }
  }

  @Test
  void noAdminRefusesEveryAdminRequestButServesTheApis() throws Exception {
    try (MockServerProcess mock = MockServerProcess.start(List.of(), Map.of(), "--no-admin")) {
      Map<String, Integer> ports = mock.awaitPorts();

      for (int port : ports.values()) {
        assertThat(admin(port, "GET", "/contacts", null)).isEqualTo(401);
        assertThat(admin(port, "GET", "/mappings", "Bearer " + TOKEN)).isEqualTo(401);
      }
      assertThat(send(ports.get("Kejue"), create(MockService.KEJUE, KEJUE_KEY, "{}"))).isEqualTo(200);
      assertThat(String.join("\n", mock.output())).contains("admin API: off");
    }
  }

  @Test
  void theMocksLogsNeverShowAnApiKeyEvenAtDebug() throws Exception {
    String output;
    try (MockServerProcess mock = MockServerProcess.start(
        List.of("-Dorg.slf4j.simpleLogger.defaultLogLevel=debug"), Map.of(), "--validate-responses")) {
      Map<String, Integer> ports = mock.awaitPorts();
      int kejue = ports.get("Kejue");
      int recepta = ports.get("Recepta");

      assertThat(send(kejue, create(MockService.KEJUE, KEJUE_KEY, "{\"first_name\":\"Ada\"}"))).isEqualTo(200);
      assertThat(send(recepta, create(MockService.RECEPTA, RECEPTA_KEY, "{\"firstName\":\"Jane\"}"))).isEqualTo(201);
      assertThat(send(kejue, create(MockService.KEJUE, "sk_live_" + FOREIGN_SECRET, "{}"))).isEqualTo(401);
      assertThat(send(kejue, create(MockService.KEJUE, KEJUE_KEY, "{\"email\":42}"))).isEqualTo(422);
      assertThat(send(recepta, create(MockService.RECEPTA, RECEPTA_KEY, "{\"firstName\":\"x\\ud800\"}"))).isEqualTo(400);
      assertThat(send(kejue, create(MockService.KEJUE, KEJUE_KEY, "{}").header("Prefer", "code=500"))).isEqualTo(500);
      assertThat(send(kejue, create(MockService.KEJUE, KEJUE_KEY, "{}").header("Prefer", "code=abc"))).isEqualTo(400);
      assertThat(send(kejue, create(MockService.KEJUE, KEJUE_KEY, "first_name=%zz")
          .header("Content-Type", "application/x-www-form-urlencoded"))).isEqualTo(422);
      assertThat(send(recepta, create(MockService.RECEPTA, RECEPTA_KEY, "x".repeat(200_000)))).isEqualTo(413);
      assertThat(send(kejue, BadRequest.to("POST", "/api/v1/unknown").header("X-API-Key", KEJUE_KEY))).isEqualTo(404);
      assertThat(admin(kejue, "GET", "/contacts?apiKey=" + KEJUE_KEY, null)).isEqualTo(200);
      assertThat(send(recepta, BadRequest.to("GET", "/__admin/contacts").header("x-api-key", RECEPTA_KEY))).isEqualTo(200);
      assertThat(send(recepta, BadRequest.to("DELETE", "/__admin/contacts").header("x-api-key", RECEPTA_KEY))).isEqualTo(200);
      output = mock.stopAndReadOutput();
    }

    assertThat(output).as("debug lines of the emulation, with the key masked")
        .contains("key=" + ApiKeys.mask(KEJUE_KEY), "key=" + ApiKeys.mask(RECEPTA_KEY));
    assertThat(output).doesNotContain(KEJUE_SECRET, RECEPTA_SECRET, FOREIGN_SECRET);
  }

  private static BadRequest.Draft create(MockService service, String key, String body) {
    SpecFacts spec = SpecFacts.of(service);
    return BadRequest.to("POST", spec.operations.get(0).path).header(spec.keyHeader, key)
        .header("Content-Type", "application/json").body(body);
  }

  private static int admin(int port, String method, String path, String authorization) throws IOException {
    BadRequest.Draft request = BadRequest.to(method, "/__admin" + path);
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    return send(port, request);
  }

  private static int send(int port, BadRequest.Draft request) throws IOException {
    return Wire.send(request.raw().expect("security", "security", 0), port).status();
  }
}
