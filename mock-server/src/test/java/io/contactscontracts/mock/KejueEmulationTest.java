package io.contactscontracts.mock;

import io.contactscontracts.mock.junit.ContactsMockExtension;

import static io.contactscontracts.mock.Http.json;
import static io.contactscontracts.mock.Http.post;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Kejue's create-contact behaviour, through real HTTP. */
class KejueEmulationTest {
  private static final String KEY = "kej_live_0123456789abcdef";

  @RegisterExtension
  static ContactsMockExtension mock = ContactsMockExtension.randomPorts();

  private static String contacts() {
    return mock.kejueBaseUrl() + "/contacts";
  }

  @Test
  void servesUnderTheRealBasePath() {
    assertThat(mock.kejueBaseUrl()).matches("http://127\\.0\\.0\\.1:\\d+/api/v1");
  }

  @Test
  void createEchoesTheRequestAndAddsWhatTheServerAssigns() {
    Instant before = Instant.now().minusSeconds(1);
    HttpResponse<String> response = post(contacts(),
        "{\"first_name\":\"Ada\",\"last_name\":\"Lovelace\",\"email\":\"ada@example.com\",\"phone\":\"+4915123456789\","
            + "\"tags\":[\"lead\",\"vip\"],\"metadata\":{\"crm_id\":\"A-17\",\"score\":3},\"country\":\"DE\"}",
        "X-API-Key", KEY);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
    JsonNode contact = json(response);
    assertThat(contact.get("first_name").asText()).isEqualTo("Ada");
    assertThat(contact.get("last_name").asText()).isEqualTo("Lovelace");
    assertThat(contact.get("email").asText()).isEqualTo("ada@example.com");
    assertThat(contact.get("phone").asText()).isEqualTo("+4915123456789");
    assertThat(contact.get("country").asText()).isEqualTo("DE");
    assertThat(contact.get("tags")).hasSize(2);
    assertThat(contact.get("metadata").get("score").asInt()).isEqualTo(3);
    assertThat(UUID.fromString(contact.get("id").asText())).isNotNull();
    assertThat(contact.get("source").asText()).isEqualTo("api");
    assertThat(contact.get("is_active").asBoolean()).isTrue();
    Instant created = Instant.parse(contact.get("created_at").asText());
    assertThat(contact.get("created_at").asText()).endsWith("Z");
    assertThat(created).isBetween(before, Instant.now().plusSeconds(1));
    assertThat(contact.get("updated_at").asText()).isEqualTo(contact.get("created_at").asText());
  }

  @Test
  void fieldsTheRequestLeftOutAreNullOrEmptyAsFastApiRendersThem() {
    JsonNode contact = json(post(contacts(), "{\"first_name\":\"Ada\"}", "X-API-Key", KEY));

    assertThat(contact.get("email").isNull()).isTrue();
    assertThat(contact.get("job_title").isNull()).isTrue();
    assertThat(contact.get("tags").isArray()).isTrue();
    assertThat(contact.get("tags")).isEmpty();
    assertThat(contact.get("metadata").isObject()).isTrue();
    assertThat(contact.get("metadata")).isEmpty();
  }

  @Test
  void anExplicitNullIsEchoedAsNull() {
    JsonNode contact = json(post(contacts(), "{\"email\":null,\"company\":\"Acme\"}", "X-API-Key", KEY));

    assertThat(contact.get("email").isNull()).isTrue();
    assertThat(contact.get("company").asText()).isEqualTo("Acme");
  }

  @Test
  void unknownBodyFieldsAreIgnored() {
    HttpResponse<String> response = post(contacts(), "{\"first_name\":\"Ada\",\"favourite_colour\":\"green\"}",
        "X-API-Key", KEY);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(json(response).has("favourite_colour")).isFalse();
  }

  @Test
  void neitherAcceptNorUnknownQueryParametersAreChecked() {
    HttpResponse<String> response = post(contacts() + "?trace=1", "{}", "X-API-Key", KEY, "Accept", "text/html");

    assertThat(response.statusCode()).isEqualTo(200);
  }

  @Test
  void aClientCannotSetWhatTheServerAssigns() {
    JsonNode contact = json(post(contacts(),
        "{\"id\":\"mine\",\"is_active\":false,\"source\":\"import\",\"created_at\":\"yesterday\"}", "X-API-Key", KEY));

    assertThat(UUID.fromString(contact.get("id").asText())).isNotNull();
    assertThat(contact.get("is_active").asBoolean()).isTrue();
    assertThat(contact.get("source").asText()).isEqualTo("api");
    assertThat(contact.get("created_at").asText()).isNotEqualTo("yesterday");
  }

  @Test
  void anEmptyObjectCreatesAContact() {
    assertThat(post(contacts(), "{}", "X-API-Key", KEY).statusCode()).isEqualTo(200);
  }

  @Test
  void theCreatedContactIsStoredInTheKeysWorkspace(ContactsMockServer server) {
    JsonNode created = json(post(contacts(), "{\"first_name\":\"Grace\"}", "X-API-Key", KEY));

    List<JsonNode> stored = server.contacts(MockService.KEJUE, KEY);
    assertThat(stored).containsExactly(created);
  }

  @Test
  void aMissingKeyIs401InFastApiShape() {
    HttpResponse<String> response = post(contacts(), "{\"first_name\":\"Ada\"}");

    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(json(response).get("detail").asText()).contains("X-API-Key");
  }

  @ParameterizedTest
  @ValueSource(strings = {"rcp_0123456789", "kej_live_", "live_0123", "kej_prod_0123", "Bearer kej_live_123"})
  void aKeyNotInKejuesFormatIs401(String key) {
    HttpResponse<String> response = post(contacts(), "{\"first_name\":\"Ada\"}", "X-API-Key", key);

    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(json(response).get("detail").asText()).contains("kej_live_");
  }

  @ParameterizedTest
  @ValueSource(strings = {"x-api-key", "X-API-KEY", "x-Api-Key"})
  void theKeyHeaderNameIsCaseInsensitive(String header) {
    assertThat(post(contacts(), "{}", header, "kej_test_abc").statusCode()).isEqualTo(200);
  }

  @Test
  void aWrongTypeIs422NamingTheFieldAsPydanticDoes() {
    HttpResponse<String> response = post(contacts(), "{\"email\":42,\"tags\":[\"ok\",7]}", "X-API-Key", KEY);

    assertThat(response.statusCode()).isEqualTo(422);
    JsonNode detail = json(response).get("detail");
    assertThat(detail).hasSize(2);
    JsonNode email = find(detail, "email");
    assertThat(email.get("type").asText()).isEqualTo("string_type");
    assertThat(email.get("msg").asText()).isEqualTo("Input should be a valid string");
    assertThat(email.get("input").asInt()).as("Pydantic v2 reports the offending input").isEqualTo(42);
    JsonNode tag = find(detail, "tags");
    assertThat(tag.get("loc").toString()).isEqualTo("[\"body\",\"tags\",1]");
    assertThat(tag.get("input").asInt()).isEqualTo(7);
    assertThat(tag.has("url")).as("FastAPI leaves Pydantic's url out").isFalse();
  }

  @Test
  void aNullForANonNullableFieldIs422() {
    HttpResponse<String> response = post(contacts(), "{\"tags\":null}", "X-API-Key", KEY);

    assertThat(response.statusCode()).isEqualTo(422);
    JsonNode item = json(response).get("detail").get(0);
    assertThat(item.get("loc").toString()).isEqualTo("[\"body\",\"tags\"]");
    assertThat(item.get("type").asText()).isEqualTo("list_type");
  }

  @Test
  void malformedJsonIs422JsonInvalidAtTheOffendingCharacter() {
    HttpResponse<String> response = post(contacts(), "{\"email\": }", "X-API-Key", KEY);

    assertThat(response.statusCode()).isEqualTo(422);
    JsonNode item = json(response).get("detail").get(0);
    assertThat(item.get("type").asText()).isEqualTo("json_invalid");
    assertThat(item.get("loc").get(0).asText()).isEqualTo("body");
    assertThat(item.get("loc").get(1).isInt()).isTrue();
    assertThat(item.get("input").toString()).isEqualTo("{}");
  }

  @Test
  void aWrongContentTypeIs422() {
    HttpResponse<String> response = post(contacts(), "first_name=Ada", "X-API-Key", KEY,
        "Content-Type", "application/x-www-form-urlencoded");

    assertThat(response.statusCode()).isEqualTo(422);
    JsonNode item = json(response).get("detail").get(0);
    assertThat(item.get("loc").toString()).isEqualTo("[\"body\"]");
    assertThat(item.get("type").asText()).isEqualTo("model_attributes_type");
  }

  @Test
  void aBodyThatIsNotAnObjectIs422() {
    HttpResponse<String> response = post(contacts(), "[1,2]", "X-API-Key", KEY);

    assertThat(response.statusCode()).isEqualTo(422);
    assertThat(json(response).get("detail").get(0).get("loc").toString()).isEqualTo("[\"body\"]");
    assertThat(json(response).get("detail").get(0).get("input").toString()).isEqualTo("[1,2]");
  }

  @Test
  void aMissingBodyIs422FieldRequired() {
    HttpResponse<String> response = post(contacts(), "", "X-API-Key", KEY);

    assertThat(response.statusCode()).isEqualTo(422);
    JsonNode item = json(response).get("detail").get(0);
    assertThat(item.get("type").asText()).isEqualTo("missing");
    assertThat(item.get("msg").asText()).isEqualTo("Field required");
    assertThat(item.get("input").isNull()).isTrue();
  }

  @Test
  void anOversizedBodyIs413(ContactsMockServer server) {
    String big = "{\"first_name\":\"" + "a".repeat(1024 * 1024) + "\"}";

    HttpResponse<String> response = post(contacts(), big, "X-API-Key", KEY);

    assertThat(response.statusCode()).isEqualTo(413);
    assertThat(json(response).get("detail").asText()).contains("too large");
    assertThat(server.contacts(MockService.KEJUE, KEY)).isEmpty();
  }

  @Test
  void nothingInvalidIsStored(ContactsMockServer server) {
    post(contacts(), "{\"email\":42}", "X-API-Key", KEY);
    post(contacts(), "{}", "X-API-Key", "nope");

    assertThat(server.contacts(MockService.KEJUE, KEY)).isEmpty();
    assertThat(server.workspaces(MockService.KEJUE)).isEmpty();
  }

  @Test
  void anUnknownPathIs404AndAnUnknownMethod405() {
    HttpResponse<String> notFound = post(mock.kejueBaseUrl() + "/companies", "{}", "X-API-Key", KEY);
    HttpResponse<String> notAllowed = Http.get(contacts(), "X-API-Key", KEY);

    assertThat(notFound.statusCode()).isEqualTo(404);
    assertThat(json(notFound).get("detail").asText()).isEqualTo("Not Found");
    assertThat(notAllowed.statusCode()).isEqualTo(405);
    assertThat(json(notAllowed).get("detail").asText()).isEqualTo("Method Not Allowed");
  }


  private static JsonNode find(JsonNode detail, String field) {
    for (JsonNode item : detail) {
      if (item.get("loc").get(1).asText().equals(field)) {
        return item;
      }
    }
    throw new AssertionError("No error for " + field + " in " + detail);
  }
}
