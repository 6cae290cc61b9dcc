package io.contactscontracts.mock;

import static io.contactscontracts.mock.Http.json;
import static io.contactscontracts.mock.Http.post;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/**
 * Every response the mock produces is checked against the spec. A rule broken on purpose (Recepta ids
 * that are not 24 hex digits) is caught by that check, answered 500 as a mock bug, and recorded.
 */
class ResponseValidationTest {
  private static final String KEY = "rcp_validation";

  private static ContactsMockServer withBrokenIds(boolean validateResponses) {
    return ContactsMockServer.builder().randomPorts()
        .rules(MockService.RECEPTA, rules -> rules.withIds(() -> "not-a-mongo-id"))
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
          .contains("Recepta", "not-a-mongo-id");
      assertThat(server.responseValidationFailureCount()).isEqualTo(1);
      assertThat(server.contacts(MockService.RECEPTA, KEY)).as("a rejected response stores nothing").isEmpty();
    }
  }

  @Test
  void withoutResponseValidationTheBrokenRuleGoesUnnoticed() {
    try (ContactsMockServer server = withBrokenIds(false)) {
      HttpResponse<String> response = post(server.receptaBaseUrl() + "/api/contacts", "{}", "x-api-key", KEY);

      assertThat(response.statusCode()).isEqualTo(201);
      assertThat(json(response).at("/data/client/id").asText()).isEqualTo("not-a-mongo-id");
      assertThat(server.responseValidationFailures()).isEmpty();
    }
  }

  @Test
  void errorResponsesAreValidatedToo() {
    ContactsMockServer.Builder kejueWithReceptasErrors = ContactsMockServer.builder().randomPorts()
        .rules(MockService.KEJUE, rules -> rules.withErrors(
            io.contactscontracts.mock.internal.emulation.ServiceRules.of(MockService.RECEPTA).errors()));
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
