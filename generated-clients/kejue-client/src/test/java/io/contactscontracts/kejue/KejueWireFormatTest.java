package io.contactscontracts.kejue;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.contactscontracts.kejue.model.Contact;
import io.contactscontracts.kejue.model.ContactCreate;
import io.contactscontracts.specs.ApiSpec;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What the Kejue client puts on the wire and how it reads the documented response. */
class KejueWireFormatTest {

  private static final String KEY = "kej_test_wire";
  private static final ObjectMapper JSON = new ObjectMapper();

  @RegisterExtension
  static final WireMockExtension server =
      WireMockExtension.newInstance()
          .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1").jettyAcceptors(1)).build();

  private KejueClient client;

  @BeforeEach
  void setUp() throws Exception {
    server.stubFor(post(urlEqualTo("/api/v1/contacts"))
        .willReturn(aResponse().withStatus(201)
            .withHeader("Content-Type", "application/json")
            .withBody(JSON.writeValueAsString(documentedResponseExample()))));
    client = KejueClient.builder().apiKey(KEY).baseUrl(server.baseUrl() + "/api/v1/").build();
  }

  @Test
  void sendsTheKeyInTheXApiKeyHeaderWithItsExactName() {
    client.contacts().createContact(new ContactCreate().firstName("Ada"));

    List<HttpHeader> headers = List.copyOf(onlyRequest().getHeaders().all());
    assertThat(headers).anySatisfy(h -> {
      assertThat(h.key()).isEqualTo("X-API-Key");
      assertThat(h.values()).containsExactly(KEY);
    });
    assertThat(onlyRequest().getHeader("Content-Type")).startsWith("application/json");
  }

  @Test
  void sendsEveryFieldInSnakeCase() throws Exception {
    client.contacts().createContact(new ContactCreate()
        .phone("+4915123456789")
        .whatsappNumber("+4915123456780")
        .email("ada@example.com")
        .firstName("Ada")
        .lastName("Lovelace")
        .company("Analytical Engines")
        .jobTitle("Engineer")
        .country("DE")
        .timezone("Europe/Berlin")
        .language("de")
        .tags(List.of("lead", "vip"))
        .metadata(Map.of("crm_id", "A-17")));

    assertThat(sentBody()).isEqualTo(JSON.readTree("{"
        + "\"phone\":\"+4915123456789\",\"whatsapp_number\":\"+4915123456780\",\"email\":\"ada@example.com\","
        + "\"first_name\":\"Ada\",\"last_name\":\"Lovelace\",\"company\":\"Analytical Engines\","
        + "\"job_title\":\"Engineer\",\"country\":\"DE\",\"timezone\":\"Europe/Berlin\",\"language\":\"de\","
        + "\"tags\":[\"lead\",\"vip\"],\"metadata\":{\"crm_id\":\"A-17\"}}"));
  }

  @Test
  void omitsEveryFieldLeftUnset() throws Exception {
    client.contacts().createContact(new ContactCreate().email("ada@example.com"));

    assertThat(sentBody()).isEqualTo(JSON.readTree("{\"email\":\"ada@example.com\"}"));
  }

  @Test
  void sendsAnExplicitNullAsNull() throws Exception {
    client.contacts().createContact(new ContactCreate().firstName("Ada").company(null));

    assertThat(sentBody()).isEqualTo(JSON.readTree("{\"first_name\":\"Ada\",\"company\":null}"));
  }

  @Test
  void decodesTheDocumentedResponse() throws Exception {
    JsonNode example = documentedResponseExample();

    Contact contact = client.contacts().createContact(new ContactCreate().firstName("Ada"));

    assertThat(contact.getId()).isEqualTo(example.get("id").asText());
    assertThat(contact.getFirstName()).isEqualTo(example.get("first_name").asText());
    assertThat(contact.getWhatsappNumber()).isEqualTo(example.get("whatsapp_number").asText());
    assertThat(contact.getJobTitle()).isEqualTo(example.get("job_title").asText());
    assertThat(contact.getTags()).containsExactly(example.get("tags").get(0).asText());
    assertThat(contact.getMetadata()).containsEntry("crm_id", example.get("metadata").get("crm_id").asText());
    assertThat(contact.getSource()).isEqualTo(example.get("source").asText());
    assertThat(contact.getIsActive()).isEqualTo(example.get("is_active").asBoolean());
    assertThat(contact.getCreatedAt()).isEqualTo(example.get("created_at").asText());
    assertThat(contact.getUpdatedAt()).isEqualTo(example.get("updated_at").asText());
  }

  @Test
  void ignoresResponseFieldsItDoesNotKnow() throws Exception {
    ObjectNode withExtra = documentedResponseExample().deepCopy();
    withExtra.put("loyalty_tier", "gold");
    server.stubFor(post(urlEqualTo("/api/v1/contacts"))
        .willReturn(aResponse().withStatus(201)
            .withHeader("Content-Type", "application/json")
            .withBody(JSON.writeValueAsString(withExtra))));

    Contact contact = client.contacts().createContact(new ContactCreate().firstName("Ada"));

    assertThat(contact.getId()).isEqualTo(withExtra.get("id").asText());
  }

  private static JsonNode documentedResponseExample() throws Exception {
    return new YAMLMapper().readTree(ApiSpec.KEJUE.url())
        .at("/paths/~1contacts/post/responses/201/content/application~1json/example");
  }

  private LoggedRequest onlyRequest() {
    List<LoggedRequest> requests = server.findAll(postRequestedFor(urlEqualTo("/api/v1/contacts")));
    assertThat(requests).hasSize(1);
    return requests.get(0);
  }

  private JsonNode sentBody() throws Exception {
    return JSON.readTree(onlyRequest().getBodyAsString());
  }
}
