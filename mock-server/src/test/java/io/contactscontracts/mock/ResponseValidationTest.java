package io.contactscontracts.mock;

import static io.contactscontracts.mock.Http.json;
import static io.contactscontracts.mock.Http.post;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/**
 * Every response the mock produces is checked against the spec. A declared rule that contradicts the
 * schemas (Recepta ids declared as UUIDs, where the schema wants 24 hex digits) is caught by that check,
 * answered 500 as a mock bug, and recorded.
 */
class ResponseValidationTest {
  private static final String KEY = "rcp_validation";

  private static String edited(MockService service, String from, String to) {
    String yaml = service.spec().yaml();
    assertThat(yaml).contains(from);
    return yaml.replace(from, to);
  }

  private static ContactsMockServer withBrokenIds(boolean validateResponses) {
    return ContactsMockServer.builder().randomPorts()
        .spec(MockService.RECEPTA, "recepta-uuid-ids.yaml", edited(MockService.RECEPTA, "format: object-id", "format: uuid"))
        .validateResponses(validateResponses)
        .build().start();
  }

  @Test
  void aResponseThatBreaksTheSpecIsAnsweredAsAMockBug() {
    try (ContactsMockServer server = withBrokenIds(true)) {
      HttpResponse<String> response = post(server.receptaBaseUrl() + "/api/contacts", "{\"firstName\":\"Jane\"}",
          "x-api-key", KEY);

      assertThat(response.statusCode()).isEqualTo(500);
      assertThat(response.headers().firstValue("X-Contacts-Mock-Error")).hasValue("response-validation");
      JsonNode body = json(response);
      assertThat(body.get("mock_error").asText()).contains("bug");
      assertThat(body.get("violations").toString()).contains("/data/client/id");
      assertThat(server.responseValidationFailures()).singleElement().asString()
          .contains("Recepta", "/data/client/id");
      assertThat(server.responseValidationFailureCount()).isEqualTo(1);
      assertThat(server.contacts(MockService.RECEPTA, KEY)).as("a rejected response stores nothing").isEmpty();
    }
  }

  @Test
  void withoutResponseValidationTheBrokenRuleGoesUnnoticed() {
    try (ContactsMockServer server = withBrokenIds(false)) {
      HttpResponse<String> response = post(server.receptaBaseUrl() + "/api/contacts", "{}", "x-api-key", KEY);

      assertThat(response.statusCode()).isEqualTo(201);
      assertThat(json(response).at("/data/client/id").asText()).doesNotMatch("[0-9a-f]{24}").hasSize(36);
      assertThat(server.responseValidationFailures()).isEmpty();
    }
  }

  @Test
  void errorResponsesAreValidatedToo() {
    ContactsMockServer.Builder kejueWithReceptasErrors = ContactsMockServer.builder().randomPorts()
        .spec(MockService.KEJUE, "kejue-express-errors.yaml", edited(MockService.KEJUE, "value: fastapi", "value: express-envelope"));
    try (ContactsMockServer server = kejueWithReceptasErrors.build().start()) {
      HttpResponse<String> response = post(server.kejueBaseUrl() + "/contacts", "{}");

      assertThat(response.statusCode()).as("a 401 in the wrong shape is a mock bug").isEqualTo(500);
      assertThat(server.responseValidationFailures()).singleElement().asString().contains("401");
    }
  }

  @Test
  void theRealErrorShapesPassValidation() {
    try (ContactsMockServer server = ContactsMockServer.builder().randomPorts().build().start()) {
      post(server.kejueBaseUrl() + "/contacts", "{\"email\":1}", "X-API-Key", "kej_test_v");
      post(server.kejueBaseUrl() + "/contacts", "{}");
      post(server.receptaBaseUrl() + "/api/contacts", "{\"source\":\"FAX\"}", "x-api-key", KEY);
      post(server.receptaBaseUrl() + "/api/contacts", "{}", "x-api-key", KEY, "Prefer", "code=503");

      assertThat(server.responseValidationFailures()).isEmpty();
    }
  }
}
