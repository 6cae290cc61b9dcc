package io.contactscontracts.mock;

import io.contactscontracts.mock.junit.ContactsMockExtension;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.contactscontracts.mock.Http.json;
import static io.contactscontracts.mock.Http.post;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Users' own WireMock stubs win over the emulation, however they are added; resets keep the emulation. */
class UserStubsTest {
  private static final String KEY = "kej_test_stubs";

  @RegisterExtension
  static ContactsMockExtension mock = ContactsMockExtension.randomPorts();

  private static HttpResponse<String> createKejue(String key) {
    return post(mock.kejueBaseUrl() + "/contacts", "{\"first_name\":\"Ada\"}", "X-API-Key", key);
  }

  @Test
  void aStubAddedThroughTheJavaApiWins(ContactsMockServer server) {
    server.wireMock(MockService.KEJUE).stubFor(com.github.tomakehurst.wiremock.client.WireMock
        .post(urlPathEqualTo("/api/v1/contacts"))
        .withHeader("X-API-Key", equalTo("kej_test_duplicate"))
        .willReturn(aResponse().withStatus(409).withHeader("Content-Type", "application/json")
            .withBody("{\"detail\":\"Contact already exists\"}")));

    HttpResponse<String> stubbed = createKejue("kej_test_duplicate");
    HttpResponse<String> emulated = createKejue(KEY);

    assertThat(stubbed.statusCode()).isEqualTo(409);
    assertThat(json(stubbed).get("detail").asText()).isEqualTo("Contact already exists");
    assertThat(emulated.statusCode()).as("requests the stub does not match are still emulated").isEqualTo(200);
  }

  @Test
  void aRemovedStubHandsItsRequestsBackToTheEmulation(ContactsMockServer server) {
    var stub = server.wireMock(MockService.KEJUE).stubFor(com.github.tomakehurst.wiremock.client.WireMock
        .post(urlPathEqualTo("/api/v1/contacts")).willReturn(aResponse().withStatus(418)));
    assertThat(createKejue(KEY).statusCode()).isEqualTo(418);

    server.wireMock(MockService.KEJUE).removeStub(stub);

    assertThat(createKejue(KEY).statusCode()).isEqualTo(200);
  }

  @Test
  void aMatchingStubWhoseScenarioIsElsewhereLeavesTheRequestToTheEmulation(ContactsMockServer server) {
    server.wireMock(MockService.KEJUE).stubFor(com.github.tomakehurst.wiremock.client.WireMock
        .post(urlPathEqualTo("/api/v1/contacts")).inScenario("outage").whenScenarioStateIs("down")
        .willReturn(aResponse().withStatus(503)));

    assertThat(createKejue(KEY).statusCode()).as("scenario not in state 'down'").isEqualTo(200);
    server.wireMock(MockService.KEJUE).setScenarioState("outage", "down");
    assertThat(createKejue(KEY).statusCode()).isEqualTo(503);
  }

  @Test
  void aStubAddedThroughTheAdminApiWins() {
    String mapping = "{\"request\":{\"method\":\"POST\",\"urlPath\":\"/api/v1/api/contacts\"},"
        + "\"response\":{\"status\":503,\"jsonBody\":{\"success\":false,\"message\":\"maintenance\"}}}";
    HttpResponse<String> added = post(mock.server().adminUrl(MockService.RECEPTA) + "/mappings", mapping);
    assertThat(added.statusCode()).isEqualTo(201);

    HttpResponse<String> response = post(mock.receptaBaseUrl() + "/api/contacts", "{}", "x-api-key", "rcp_x");

    assertThat(response.statusCode()).isEqualTo(503);
    assertThat(json(response).get("message").asText()).isEqualTo("maintenance");
  }

  @Test
  void stubsFromAMappingsFolderWin(@TempDir Path dir) throws Exception {
    Path mappings = Files.createDirectories(dir.resolve("kejue").resolve("mappings"));
    Files.writeString(mappings.resolve("teapot.json"), "{\"request\":{\"method\":\"POST\",\"urlPath\":\"/api/v1/contacts\","
        + "\"headers\":{\"X-API-Key\":{\"equalTo\":\"kej_test_teapot\"}}},\"response\":{\"status\":418}}");

    try (ContactsMockServer server = ContactsMockServer.builder().randomPorts().mappingsDirectory(dir).build().start()) {
      String url = server.kejueBaseUrl() + "/contacts";
      assertThat(post(url, "{}", "X-API-Key", "kej_test_teapot").statusCode()).isEqualTo(418);
      assertThat(post(url, "{}", "X-API-Key", KEY).statusCode()).isEqualTo(200);
      assertThat(post(server.receptaBaseUrl() + "/api/contacts", "{}", "x-api-key", "rcp_x").statusCode())
          .as("a service without a folder is plain emulation").isEqualTo(201);

      // a reset to the default mappings reloads the folder and keeps the emulation
      assertThat(post(server.adminUrl(MockService.KEJUE) + "/mappings/reset", "").statusCode()).isEqualTo(200);
      assertThat(post(url, "{}", "X-API-Key", "kej_test_teapot").statusCode()).isEqualTo(418);
      assertThat(post(url, "{}", "X-API-Key", KEY).statusCode()).isEqualTo(200);
    }
  }

  @Test
  void theEmulationSurvivesWireMockResets(ContactsMockServer server) {
    assertThat(Http.delete(server.adminUrl(MockService.KEJUE) + "/mappings").statusCode()).isEqualTo(200);
    assertThat(createKejue(KEY).statusCode()).isEqualTo(200);

    assertThat(post(server.adminUrl(MockService.KEJUE) + "/reset", "").statusCode()).isEqualTo(200);
    assertThat(createKejue(KEY).statusCode()).isEqualTo(200);

    server.wireMock(MockService.KEJUE).resetAll();
    assertThat(createKejue(KEY).statusCode()).isEqualTo(200);
    assertThat(server.wireMock(MockService.KEJUE).listAllStubMappings().getMappings())
        .as("exactly one catch-all after the resets").hasSize(1);
  }
}
