package io.contactscontracts.mock;

import static io.contactscontracts.mock.Http.json;
import static io.contactscontracts.mock.Http.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/**
 * The mock follows the spec it is given: edited copies of the packaged specs, with no code change, get
 * their new fields echoed, their new operations validated and answered, and their new constraints enforced.
 */
class SpecDrivenTest {
  private static final String KEJUE_KEY = "kej_test_spec";
  private static final String RECEPTA_KEY = "rcp_spec";

  private static String kejueSpec() {
    return MockService.KEJUE.spec().yaml();
  }

  private static String receptaSpec() {
    return MockService.RECEPTA.spec().yaml();
  }

  /** Adds a property after {@code anchor} wherever it occurs (both the request and the response schema). */
  private static String withProperty(String yaml, String anchor, String property) {
    assertThat(yaml).contains(anchor);
    return yaml.replace(anchor, anchor + property);
  }

  private static ContactsMockServer start(MockService service, String yaml) {
    return ContactsMockServer.builder().randomPorts().spec(service, "edited-" + service + ".yaml", yaml).build().start();
  }

  @Test
  void aFieldAddedToKejuesRequestAndResponseIsEchoed() {
    String yaml = withProperty(kejueSpec(),
        "        job_title:\n          type: string\n          nullable: true\n          description: The contact's job title.\n",
        "        nickname:\n          type: string\n          nullable: true\n");
    try (ContactsMockServer server = start(MockService.KEJUE, yaml)) {
      HttpResponse<String> response = post(server.kejueBaseUrl() + "/contacts", "{\"nickname\":\"Countess\"}",
          "X-API-Key", KEJUE_KEY);

      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(json(response).get("nickname").asText()).isEqualTo("Countess");
      assertThat(server.responseValidationFailures()).isEmpty();
    }
  }

  @Test
  void aFieldAddedToReceptasRequestAndResponseIsEchoedInsideTheEnvelope() {
    String yaml = withProperty(receptaSpec(), "        zipCode:\n          type: string\n",
        "        middleName:\n          type: string\n");
    try (ContactsMockServer server = start(MockService.RECEPTA, yaml)) {
      HttpResponse<String> response = post(server.receptaBaseUrl() + "/api/contacts",
          "{\"firstName\":\"Jane\",\"middleName\":\"Q\"}", "x-api-key", RECEPTA_KEY);

      assertThat(response.statusCode()).isEqualTo(201);
      assertThat(json(response).at("/data/client/middleName").asText()).isEqualTo("Q");
      assertThat(server.contacts(MockService.RECEPTA, RECEPTA_KEY).get(0).get("middleName").asText()).isEqualTo("Q");
    }
  }

  @Test
  void aConstraintAddedToTheSpecIsEnforced() {
    String yaml = withProperty(receptaSpec(), "        firstName:\n          type: string\n", "          maxLength: 5\n");
    try (ContactsMockServer server = start(MockService.RECEPTA, yaml)) {
      HttpResponse<String> response = post(server.receptaBaseUrl() + "/api/contacts",
          "{\"firstName\":\"Bartholomew\"}", "x-api-key", RECEPTA_KEY);

      assertThat(response.statusCode()).isEqualTo(400);
      assertThat(json(response).get("message").asText()).startsWith("Invalid value for 'firstName'");
    }
  }

  private static final String GET_KEJUE_CONTACT = String.join("\n",
      "  /contacts/{contact_id}:",
      "    get:",
      "      operationId: getContact",
      "      parameters:",
      "        - name: contact_id",
      "          in: path",
      "          required: true",
      "          schema: {type: string}",
      "        - name: include",
      "          in: query",
      "          schema: {type: string, enum: [tags, metadata]}",
      "      responses:",
      "        \"200\":",
      "          description: The contact.",
      "          content:",
      "            application/json:",
      "              schema:",
      "                $ref: '#/components/schemas/Contact'",
      "        \"401\":",
      "          $ref: '#/components/responses/Unauthorized'",
      "        \"422\":",
      "          $ref: '#/components/responses/ValidationFailed'",
      "");

  @Test
  void anOperationAddedToKejuesSpecIsValidatedAndAnsweredSchemaValid() {
    String yaml = kejueSpec().replace("\ncomponents:\n", "\n" + GET_KEJUE_CONTACT + "components:\n");
    try (ContactsMockServer server = start(MockService.KEJUE, yaml)) {
      String url = server.kejueBaseUrl() + "/contacts/c0a8012e";

      HttpResponse<String> ok = Http.get(url + "?include=tags", "X-API-Key", KEJUE_KEY);
      HttpResponse<String> badQuery = Http.get(url + "?include=everything", "X-API-Key", KEJUE_KEY);
      HttpResponse<String> noKey = Http.get(url);

      assertThat(ok.statusCode()).as(ok.body()).isEqualTo(200);
      assertThat(json(ok).get("id").isTextual()).isTrue();
      assertThat(independentlyValid(yaml, url, Request.Method.GET, ok)).isTrue();
      assertThat(badQuery.statusCode()).isEqualTo(422);
      assertThat(json(badQuery).get("detail").get(0).get("loc").toString()).isEqualTo("[\"query\",\"include\"]");
      assertThat(noKey.statusCode()).isEqualTo(401);
      assertThat(server.responseValidationFailures()).isEmpty();
    }
  }

  @Test
  void anOperationAddedToReceptasSpecGetsAMinimalSchemaValidEnvelope() {
    String operation = String.join("\n",
        "  /api/contacts/{id}:",
        "    get:",
        "      operationId: getContact",
        "      parameters:",
        "        - {name: id, in: path, required: true, schema: {type: string}}",
        "      responses:",
        "        \"200\":",
        "          description: The contact.",
        "          content:",
        "            application/json:",
        "              schema:",
        "                $ref: '#/components/schemas/ContactCreatedResponse'",
        "        \"401\":",
        "          $ref: '#/components/responses/Unauthorized'",
        "");
    String yaml = receptaSpec().replace("\ncomponents:\n", "\n" + operation + "components:\n");
    try (ContactsMockServer server = start(MockService.RECEPTA, yaml)) {
      String url = server.receptaBaseUrl() + "/api/contacts/697929d5ebccbcca5cdaf13b";

      HttpResponse<String> ok = Http.get(url, "x-api-key", RECEPTA_KEY);

      assertThat(ok.statusCode()).as(ok.body()).isEqualTo(200);
      JsonNode body = json(ok);
      assertThat(body.get("success").asBoolean()).isTrue();
      assertThat(body.at("/data/client/id").asText()).matches("[0-9a-f]{24}");
      assertThat(independentlyValid(yaml, url, Request.Method.GET, ok)).isTrue();
      assertThat(Http.get(url).statusCode()).isEqualTo(401);
    }
  }

  @Test
  void aFieldTheRulesNeedThatTheSpecNoLongerHasStopsTheMockAtStartup() {
    String yaml = kejueSpec().replace("        created_at:\n", "        creation_time:\n");

    assertThatThrownBy(() -> ContactsMockServer.builder().randomPorts().spec(MockService.KEJUE, "renamed.yaml", yaml))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("renamed.yaml: /x-emulation/storedResource/timestamps/fields/0")
        .hasMessageContaining("'created_at'")
        .hasMessageContaining("creation_time");
  }

  /** Validates a response with a fresh, strict validator built from the same spec text. */
  private static boolean independentlyValid(String yaml, String url, Request.Method method, HttpResponse<String> response) {
    SimpleResponse.Builder sent = SimpleResponse.Builder.status(response.statusCode()).withBody(response.body());
    response.headers().map().forEach(sent::withHeader);
    var report = OpenApiInteractionValidator.createForInlineApiSpecification(yaml).build()
        .validateResponse(URI.create(url).getPath(), method, sent.build());
    assertThat(report.getMessages()).as(response.body()).isEmpty();
    return !report.hasErrors();
  }
}
