package io.contactscontracts.mock;

import io.contactscontracts.mock.junit.ContactsMockExtension;

import static io.contactscontracts.mock.Http.json;
import static io.contactscontracts.mock.Http.post;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.contactscontracts.specs.ApiSpec;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Recepta's create-contact behaviour, through real HTTP. */
class ReceptaEmulationTest {
  private static final String KEY = "rcp_0123456789abcdef";
  private static final String PATH = "/api/contacts";

  @RegisterExtension
  static ContactsMockExtension mock = ContactsMockExtension.randomPorts();

  private static String contacts() {
    return mock.receptaBaseUrl() + PATH;
  }

  private static JsonNode create(String body) {
    HttpResponse<String> response = post(contacts(), body, "x-api-key", KEY);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    return json(response);
  }

  @Test
  void servesUnderTheRealBasePath() {
    assertThat(contacts()).matches("http://127\\.0\\.0\\.1:\\d+/api/v1/api/contacts");
  }

  @Test
  void theDocumentedRequestExampleYieldsTheDocumentedResponseShape() {
    JsonNode request = SpecExamples.requestExample(ApiSpec.RECEPTA, PATH);
    JsonNode documented = SpecExamples.responseExample(ApiSpec.RECEPTA, PATH, "201");
    assertThat(request.isObject()).as("the spec carries the docs' request example").isTrue();

    JsonNode response = create(request.toString());

    assertThat(shape(response)).isEqualTo(shape(documented));
    assertThat(response.get("success")).isEqualTo(documented.get("success"));
    assertThat(response.get("message")).isEqualTo(documented.get("message"));
    JsonNode client = response.get("data").get("client");
    request.fields().forEachRemaining(field ->
        assertThat(client.get(field.getKey())).as(field.getKey() + " is echoed").isEqualTo(field.getValue()));
    assertThat(client.get("fullName").asText()).isEqualTo(documented.get("data").get("client").get("fullName").asText());
  }

  @Test
  void serverAssignedFieldsFollowTheRules() {
    Instant before = Instant.now().minusSeconds(1);
    JsonNode client = create("{\"firstName\":\"Jane\",\"lastName\":\"Doe\"}").get("data").get("client");

    assertThat(client.get("id").asText()).matches("[0-9a-f]{24}");
    assertThat(client.get("fullName").asText()).isEqualTo("Jane Doe");
    assertThat(client.get("source").asText()).isEqualTo("API");
    assertThat(client.get("isActive").asBoolean()).isTrue();
    assertThat(Instant.parse(client.get("createdAt").asText())).isBetween(before, Instant.now().plusSeconds(1));
    assertThat(client.get("createdAt").asText()).endsWith("Z").isEqualTo(client.get("updatedAt").asText());
  }

  @Test
  void idsAreUnique() {
    String first = create("{}").get("data").get("client").get("id").asText();
    String second = create("{}").get("data").get("client").get("id").asText();

    assertThat(first).isNotEqualTo(second);
  }

  @Test
  void fullNameIsWhicheverNamesAreThere() {
    assertThat(create("{\"firstName\":\"Jane\"}").at("/data/client/fullName").asText()).isEqualTo("Jane");
    assertThat(create("{\"lastName\":\"Doe\"}").at("/data/client/fullName").asText()).isEqualTo("Doe");
  }

  @Test
  void aSourceSentIsKept() {
    assertThat(create("{\"source\":\"CSV\"}").at("/data/client/source").asText()).isEqualTo("CSV");
  }

  @Test
  void fieldsTheRequestLeftOutAreAbsent() {
    JsonNode client = create("{\"firstName\":\"Jane\"}").get("data").get("client");

    assertThat(client.has("email")).isFalse();
    assertThat(client.has("tags")).isFalse();
    assertThat(client.has("customFields")).isFalse();
  }

  @Test
  void aClientCannotSetWhatTheServerAssigns() {
    JsonNode client = create("{\"firstName\":\"Jane\",\"isActive\":false,\"fullName\":\"Someone Else\"}")
        .get("data").get("client");

    assertThat(client.get("isActive").asBoolean()).isTrue();
    assertThat(client.get("fullName").asText()).isEqualTo("Jane");
  }

  @Test
  void unknownBodyFieldsAreIgnored() {
    JsonNode client = create("{\"firstName\":\"Jane\",\"shoeSize\":42}").get("data").get("client");

    assertThat(client.has("shoeSize")).isFalse();
  }

  @ParameterizedTest(name = "{0} in {1} -> {2}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
      "+15551234567      |      | +15551234567",
      "(555) 123-4567    | US   | +15551234567",
      "030 1234567       | DE   | +49301234567",
      "030 1234567       | de   | +49301234567",
      "+44 20 7946 0958  | DE   | +442079460958",
      "030 1234567       |      | 030 1234567",
      "not a phone       | US   | not a phone",
      "030 1234567       | Germany | 030 1234567"})
  void phoneIsNormalisedToE164WithCountryAsRegion(String phone, String country, String expected) {
    String body = country == null ? "{\"phone\":\"" + phone + "\"}"
        : "{\"phone\":\"" + phone + "\",\"country\":\"" + country + "\"}";

    assertThat(create(body).at("/data/client/phone").asText()).isEqualTo(expected);
  }

  @Test
  void theStoredContactIsTheClientNotTheEnvelope(ContactsMockServer server) {
    JsonNode client = create("{\"firstName\":\"Jane\"}").get("data").get("client");

    assertThat(server.contacts(MockService.RECEPTA, KEY)).containsExactly(client);
  }

  @Test
  void aMissingKeyIs401InTheEnvelope() {
    HttpResponse<String> response = post(contacts(), "{}");

    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(json(response).get("success").asBoolean()).isFalse();
    assertThat(json(response).get("message").asText()).contains("x-api-key");
  }

  @ParameterizedTest
  @ValueSource(strings = {"kej_live_0123", "rcp_", "RCP_0123", "key"})
  void aKeyNotInReceptasFormatIs401(String key) {
    HttpResponse<String> response = post(contacts(), "{}", "x-api-key", key);

    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(json(response).get("message").asText()).contains("rcp_");
  }

  @ParameterizedTest
  @ValueSource(strings = {"X-API-Key", "X-API-KEY"})
  void theKeyHeaderNameIsCaseInsensitive(String header) {
    assertThat(post(contacts(), "{}", header, KEY).statusCode()).isEqualTo(201);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
      "{\"email\":42}                   | Invalid value for 'email': expected a string",
      "{\"email\":null}                 | Invalid value for 'email': expected a string",
      "{\"source\":\"FAX\"}             | Invalid value for 'source': expected one of MANUAL, FACEBOOK, CSV, API, CALL",
      "{\"tags\":[\"ok\",1]}            | Invalid value for 'tags[1]': expected a string",
      "{\"customFields\":[]}            | Invalid value for 'customFields': expected an object",
      "{\"email\":                      | Malformed JSON in request body",
      "[]                               | Request body must be a JSON object"})
  void invalidInputIs400NamingTheField(String body, String message) {
    HttpResponse<String> response = post(contacts(), body, "x-api-key", KEY);

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(json(response).get("success").asBoolean()).isFalse();
    assertThat(json(response).get("message").asText()).isEqualTo(message);
  }

  @Test
  void aWrongContentTypeIs400() {
    HttpResponse<String> response = post(contacts(), "{\"firstName\":\"Jane\"}", "x-api-key", KEY,
        "Content-Type", "text/plain");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(json(response).get("message").asText()).isEqualTo("Content-Type must be application/json");
  }

  @Test
  void aBodyOverExpresssDefaultLimitIs413(ContactsMockServer server) {
    String big = "{\"notes\":\"" + "a".repeat(101 * 1024) + "\"}";

    HttpResponse<String> response = post(contacts(), big, "x-api-key", KEY);

    assertThat(response.statusCode()).isEqualTo(413);
    assertThat(json(response).get("success").asBoolean()).isFalse();
    assertThat(server.contacts(MockService.RECEPTA, KEY)).isEmpty();
  }

  @Test
  void anUnknownPathIs404InTheEnvelope() {
    HttpResponse<String> response = post(mock.receptaBaseUrl() + "/api/companies", "{}", "x-api-key", KEY);

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(json(response).get("success").asBoolean()).isFalse();
  }

  /** Field names and JSON node types, recursively through the envelope down to the client's own fields. */
  private static Map<String, String> shape(JsonNode body) {
    Map<String, String> shape = new TreeMap<>();
    List<String> envelopes = new ArrayList<>(List.of("", "/data"));
    for (String at : envelopes) {
      body.at(at).fields().forEachRemaining(f -> shape.put(at + "/" + f.getKey(), f.getValue().getNodeType().name()));
    }
    body.at("/data/client").fields().forEachRemaining(f ->
        shape.put("/data/client/" + f.getKey(), f.getValue().getNodeType().name()));
    return shape;
  }
}
