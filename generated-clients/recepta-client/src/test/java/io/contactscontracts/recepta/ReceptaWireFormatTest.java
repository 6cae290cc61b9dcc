package io.contactscontracts.recepta;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.contactscontracts.client.WireFormatSuite;
import io.contactscontracts.recepta.model.Client;
import io.contactscontracts.recepta.model.ContactCreateRequest;
import io.contactscontracts.recepta.model.ContactCreateRequest.SourceEnum;
import io.contactscontracts.recepta.model.ContactCreatedResponse;
import io.contactscontracts.specs.ApiSpec;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the Recepta client puts on the wire and how it reads the documented response. */
class ReceptaWireFormatTest extends WireFormatSuite<ReceptaClient> {

  ReceptaWireFormatTest() {
    super(ApiSpec.RECEPTA, (key, baseUrl) -> ReceptaClient.builder().apiKey(key).baseUrl(baseUrl).build(),
        recepta -> recepta.contacts().createContact(new ContactCreateRequest().firstName("Jane")));
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
    JsonNode example = documentedSuccess();
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
    ObjectNode changed = documentedSuccess().deepCopy();
    changed.put("requestId", "r-1");
    ((ObjectNode) changed.at("/data/client")).put("source", "WHATSAPP").put("score", 7);
    respondWith(changed);

    Client created = client.contacts().createContact(new ContactCreateRequest().firstName("Jane")).getData().getClient();

    assertThat(created.getSource()).isEqualTo(Client.SourceEnum.UNKNOWN_DEFAULT_OPEN_API);
    assertThat(created.getId()).isEqualTo(changed.at("/data/client/id").asText());
  }
}
