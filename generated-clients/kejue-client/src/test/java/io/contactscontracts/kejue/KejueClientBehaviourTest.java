package io.contactscontracts.kejue;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.contactscontracts.client.ClientBehaviourSuite;
import io.contactscontracts.client.ValidationException;
import io.contactscontracts.client.Violation;
import io.contactscontracts.kejue.model.ContactCreate;
import io.contactscontracts.specs.ApiSpec;
import java.util.ArrayList;
import java.util.List;

/** The shared error, retry, timeout and logging behaviour, through {@link KejueClient}. */
class KejueClientBehaviourTest extends ClientBehaviourSuite<KejueClient.Builder, KejueClient> {

  KejueClientBehaviourTest() {
    super(ApiSpec.KEJUE, KejueClient::builder, "/id",
        kejue -> kejue.contacts().createContact(new ContactCreate().firstName("Ada").email("ada@example.com")).getId());
  }

  /** Kejue answers 422 with FastAPI's list of {loc, msg, type}; each becomes a violation. */
  @Override
  protected void assertValidationDetails(ValidationException e, JsonNode documented) {
    List<Violation> expected = new ArrayList<>();
    for (JsonNode detail : documented.get("detail")) {
      List<String> loc = new ArrayList<>();
      detail.get("loc").forEach(part -> loc.add(part.asText()));
      expected.add(Violation.of(String.join(".", loc), detail.get("msg").asText(), detail.get("type").asText()));
    }
    assertThat(expected).isNotEmpty();
    assertThat(e.violations()).containsExactlyElementsOf(expected);
    assertThat(e.getMessage()).contains(expected.get(0).toString());
  }
}
