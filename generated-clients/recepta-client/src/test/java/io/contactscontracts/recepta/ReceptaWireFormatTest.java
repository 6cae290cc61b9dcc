package io.contactscontracts.recepta;

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
import io.contactscontracts.recepta.model.Client;
import io.contactscontracts.recepta.model.ContactCreateRequest;
import io.contactscontracts.recepta.model.ContactCreateRequest.SourceEnum;
import io.contactscontracts.recepta.model.ContactCreatedResponse;
import io.contactscontracts.specs.ApiSpec;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What the Recepta client puts on the wire and how it reads the documented response. */
class ReceptaWireFormatTest {

  private static final String KEY = "rcp_wire";
  private static final ObjectMapper JSON = new ObjectMapper();

  @RegisterExtension
  static final WireMockExtension server =
      WireMockExtension.newInstance()
          .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1").jettyAcceptors(1)).build();

  private ReceptaClient client;

  @BeforeEach
  void setUp() throws Exception {
    respondWith(documentedResponseExample());
    client = ReceptaClient.builder().apiKey(KEY).baseUrl(server.baseUrl() + "/api/v1").build();
  }

  @Test
  void sendsTheKeyInTheLowerCaseXApiKeyHeader() {
    client.contacts().createContact(new ContactCreateRequest().firstName("Jane"));

    List<HttpHeader> headers = List.copyOf(onlyRequest().getHeaders().all());
    assertThat(headers).anySatisfy(h -> {
      assertThat(h.key()).isEqualTo("x-api-key");
      assertThat(h.values()).containsExactly(KEY);
    });
    assertThat(onlyRequest().getHeader("Content-Type")).startsWith("application/json");
  }

  @Test
  void sendsEveryFieldInCamelCaseWithSnakeCaseCompanyName() throws Exception {
    client.contacts().createContact(new ContactCreateRequest()
        .firstName("Jane")
        .lastName("Doe")
        .email("jane@example.com")
        .phone("+15551234567")
        .source(SourceEnum.CSV)
        .tags(List.of("lead"))
        .status("active")
        .notes("Met at conference")
        .companyName("Acme Corp")
        .address("1 Main St")
        .city("Springfield")
        .state("IL")
        .zipCode("62701")
        .country("US")
        .customFields(Map.of("referralSource", "google")));

    assertThat(sentBody()).isEqualTo(JSON.readTree("{"
        + "\"firstName\":\"Jane\",\"lastName\":\"Doe\",\"email\":\"jane@example.com\","
        + "\"phone\":\"+15551234567\",\"source\":\"CSV\",\"tags\":[\"lead\"],\"status\":\"active\","
        + "\"notes\":\"Met at conference\",\"company_name\":\"Acme Corp\",\"address\":\"1 Main St\","
        + "\"city\":\"Springfield\",\"state\":\"IL\",\"zipCode\":\"62701\",\"country\":\"US\","
        + "\"customFields\":{\"referralSource\":\"google\"}}"));
  }

  @Test
  void sendsOnlyWhatWasSetPlusTheDocumentedSourceDefault() throws Exception {
    client.contacts().createContact(new ContactCreateRequest().email("jane@example.com"));

    assertThat(sentBody()).isEqualTo(JSON.readTree("{\"email\":\"jane@example.com\",\"source\":\"API\"}"));
  }

  @Test
  void omitsSourceWhenItIsClearedAndNullsOfPlainFields() throws Exception {
    client.contacts().createContact(new ContactCreateRequest().email("jane@example.com").source(null).notes(null));

    assertThat(sentBody()).isEqualTo(JSON.readTree("{\"email\":\"jane@example.com\"}"));
  }

  @Test
  void decodesTheDocumentedResponseEnvelope() throws Exception {
    JsonNode example = documentedResponseExample();
    JsonNode documented = example.at("/data/client");

    ContactCreatedResponse response = client.contacts().createContact(new ContactCreateRequest().firstName("Jane"));

    assertThat(response.getSuccess()).isEqualTo(example.get("success").asBoolean());
    assertThat(response.getMessage()).isEqualTo(example.get("message").asText());
    Client created = response.getData().getClient();
    assertThat(created.getId()).isEqualTo(documented.get("id").asText());
    assertThat(created.getFullName()).isEqualTo(documented.get("fullName").asText());
    assertThat(created.getCompanyName()).isEqualTo(documented.get("company_name").asText());
    assertThat(created.getZipCode()).isEqualTo(documented.get("zipCode").asText());
    assertThat(created.getSource()).hasToString(documented.get("source").asText());
    assertThat(created.getTags()).containsExactly(
        documented.get("tags").get(0).asText(), documented.get("tags").get(1).asText());
    assertThat(created.getCustomFields())
        .containsEntry("referralSource", documented.at("/customFields/referralSource").asText());
    assertThat(created.getIsActive()).isEqualTo(documented.get("isActive").asBoolean());
    assertThat(created.getCreatedAt()).isEqualTo(OffsetDateTime.parse(documented.get("createdAt").asText()));
    assertThat(created.getUpdatedAt()).isEqualTo(OffsetDateTime.parse(documented.get("updatedAt").asText()));
  }

  @Test
  void toleratesUnknownFieldsAndSourcesTheSpecDoesNotListYet() throws Exception {
    ObjectNode changed = documentedResponseExample().deepCopy();
    changed.put("requestId", "r-1");
    ((ObjectNode) changed.at("/data/client")).put("source", "WHATSAPP").put("score", 7);
    respondWith(changed);

    Client created = client.contacts().createContact(new ContactCreateRequest().firstName("Jane")).getData().getClient();

    assertThat(created.getSource()).isEqualTo(Client.SourceEnum.UNKNOWN_DEFAULT_OPEN_API);
    assertThat(created.getId()).isEqualTo(changed.at("/data/client/id").asText());
  }

  private static void respondWith(JsonNode body) throws Exception {
    server.stubFor(post(urlEqualTo("/api/v1/api/contacts"))
        .willReturn(aResponse().withStatus(201)
            .withHeader("Content-Type", "application/json")
            .withBody(JSON.writeValueAsString(body))));
  }

  private static JsonNode documentedResponseExample() throws Exception {
    return new YAMLMapper().readTree(ApiSpec.RECEPTA.url())
        .at("/paths/~1api~1contacts/post/responses/201/content/application~1json/example");
  }

  private LoggedRequest onlyRequest() {
    List<LoggedRequest> requests = server.findAll(postRequestedFor(urlEqualTo("/api/v1/api/contacts")));
    assertThat(requests).hasSize(1);
    return requests.get(0);
  }

  private JsonNode sentBody() throws Exception {
    return JSON.readTree(onlyRequest().getBodyAsString());
  }
}
