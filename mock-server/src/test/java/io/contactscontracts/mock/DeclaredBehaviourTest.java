package io.contactscontracts.mock;

import static io.contactscontracts.mock.Http.json;
import static io.contactscontracts.mock.Http.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What a user who learns the truth about a service changes in the YAML takes effect at the next start, with
 * no rebuild; a declaration the mock cannot use is refused before anything listens, saying where and why.
 */
class DeclaredBehaviourTest {

  private static String edited(MockService service, String from, String to) {
    String yaml = service.spec().yaml();
    assertThat(yaml).as("the packaged spec still has the text this test edits").contains(from);
    return yaml.replace(from, to);
  }

  private static ContactsMockServer start(MockService service, String yaml) {
    return ContactsMockServer.builder().randomPorts().spec(service, "edited.yaml", yaml).build().start();
  }

  @Test
  void aSuccessStatusChangedInTheSpecIsWhatTheMockAnswers(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("recepta.yaml");
    Files.writeString(file, edited(MockService.RECEPTA, "        \"201\":\n          description: Contact created",
        "        \"200\":\n          description: Contact created"));
    try (ContactsMockServer server = ContactsMockServer.builder().randomPorts().spec(MockService.RECEPTA, file)
        .build().start()) {
      HttpResponse<String> response = post(server.receptaBaseUrl() + "/api/contacts", "{\"firstName\":\"Jane\"}",
          "x-api-key", "rcp_status");

      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(json(response).at("/data/client/fullName").asText()).isEqualTo("Jane");
      assertThat(server.specSource(MockService.RECEPTA)).isEqualTo(file.toString());
      assertThat(server.responseValidationFailures()).isEmpty();
    }
  }

  @ParameterizedTest
  @CsvSource({"object-id, '[0-9a-f]{24}'", "sequence, '1'", "uuid, '[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}'"})
  void theIdFormatIsTheOneTheSpecDeclares(String format, String idPattern) {
    try (ContactsMockServer server = start(MockService.KEJUE, edited(MockService.KEJUE, "format: uuid", "format: " + format))) {
      HttpResponse<String> response = post(server.kejueBaseUrl() + "/contacts", "{}", "X-API-Key", "kej_test_ids");

      assertThat(json(response).get("id").asText()).matches(idPattern);
      assertThat(server.responseValidationFailures()).isEmpty();
    }
  }

  @Test
  void aKeyPrefixChangedInTheSpecIsTheOneTheMockAccepts() {
    try (ContactsMockServer server = start(MockService.RECEPTA,
        edited(MockService.RECEPTA, "x-key-prefixes: [rcp_]", "x-key-prefixes: [rk_live_]"))) {
      String url = server.receptaBaseUrl() + "/api/contacts";

      assertThat(post(url, "{}", "x-api-key", "rk_live_new").statusCode()).isEqualTo(201);
      HttpResponse<String> old = post(url, "{}", "x-api-key", "rcp_old");
      assertThat(old.statusCode()).isEqualTo(401);
      assertThat(json(old).get("message").asText()).contains("rk_live_");
      assertThat(server.sampleApiKey(MockService.RECEPTA)).startsWith("rk_live_");
    }
  }

  @Test
  void serverValuesAndTimestampFormatsComeFromTheSpec() {
    String yaml = edited(MockService.KEJUE, "      source: api\n", "      source: import\n")
        .replace("format: iso-utc-seconds", "format: iso-local-micros");
    try (ContactsMockServer server = start(MockService.KEJUE, yaml)) {
      HttpResponse<String> response = post(server.kejueBaseUrl() + "/contacts", "{}", "X-API-Key", "kej_test_sv");

      assertThat(json(response).get("source").asText()).isEqualTo("import");
      assertThat(json(response).get("created_at").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{6}");
    }
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "format: uuid|format: guid|/x-emulation/storedResource/id/format 'guid' is not a known id format; allowed: uuid, object-id, sequence",
      "value: fastapi|value: django|/x-emulation/errorStyle 'django' is not a known error style; allowed: fastapi, express-envelope",
      "      source: api|      origin: api|/x-emulation/storedResource/serverValues/origin names 'origin', which the resource of createContact does not have",
      "  bodyLimitBytes:|  bodyLimitByte:|/x-emulation/bodyLimitByte is not a rule here; allowed: errorStyle, bodyLimitBytes",
      "    value: 1048576|    value: lots|/x-emulation/bodyLimitBytes \"lots\" is not allowed; give a whole number from 1 to",
      "operations: [createContact]|operations: [createContacts]|/x-emulation/storedResource/operations 'createContacts' is not an operationId of the spec",
      "x-key-prefixes: [kej_live_, kej_test_]|x-prefixes: [kej_live_]|the API-key security scheme declares no x-key-prefixes"})
  void anUnusableDeclarationFailsStartUpSayingWhereAndWhatIsAllowed(String from, String to, String message) {
    String yaml = edited(MockService.KEJUE, from, to);

    assertThatThrownBy(() -> ContactsMockServer.builder().randomPorts().spec(MockService.KEJUE, "my-kejue.yaml", yaml))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("my-kejue.yaml: ")
        .hasMessageContaining(message);
  }

  @Test
  void aMissingOrUnreadableFileIsRefusedWithItsName(@TempDir Path dir) throws Exception {
    Path missing = dir.resolve("nope.yaml");
    assertThatThrownBy(() -> ContactsMockServer.builder().spec(MockService.KEJUE, missing))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nope.yaml does not exist");

    Path broken = Files.writeString(dir.resolve("broken.yaml"), "openapi: [3.0.3");
    assertThatThrownBy(() -> ContactsMockServer.builder().spec(MockService.KEJUE, broken))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("broken.yaml is not valid YAML");
  }
}
