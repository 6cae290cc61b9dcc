package io.contactscontracts.kejue;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.contactscontracts.client.WireFormatSuite;
import io.contactscontracts.kejue.model.Contact;
import io.contactscontracts.kejue.model.ContactCreate;
import io.contactscontracts.specs.ApiSpec;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the Kejue client puts on the wire and how it reads the documented response. */
class KejueWireFormatTest extends WireFormatSuite<KejueClient> {

  KejueWireFormatTest() {
    super(ApiSpec.KEJUE, (key, baseUrl) -> KejueClient.builder().apiKey(key).baseUrl(baseUrl).build(),
        kejue -> kejue.contacts().createContact(new ContactCreate().firstName("Ada")));
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
    JsonNode example = documentedSuccess();

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
    ObjectNode withExtra = documentedSuccess().deepCopy();
    withExtra.put("loyalty_tier", "gold");
    respondWith(withExtra);

    Contact contact = client.contacts().createContact(new ContactCreate().firstName("Ada"));

    assertThat(contact.getId()).isEqualTo(withExtra.get("id").asText());
  }
}
