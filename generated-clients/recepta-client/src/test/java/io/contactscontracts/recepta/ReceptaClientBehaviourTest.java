package io.contactscontracts.recepta;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.contactscontracts.client.ClientBehaviourSuite;
import io.contactscontracts.client.ValidationException;
import io.contactscontracts.recepta.model.ContactCreateRequest;
import io.contactscontracts.specs.ApiSpec;

/** The shared error, retry, timeout and logging behaviour, through {@link ReceptaClient}. */
class ReceptaClientBehaviourTest extends ClientBehaviourSuite<ReceptaClient.Builder, ReceptaClient> {

  ReceptaClientBehaviourTest() {
    super(ApiSpec.RECEPTA, ReceptaClient::builder, "/data/client/id",
        recepta -> recepta.contacts().createContact(new ContactCreateRequest().firstName("Jane").email("jane@example.com"))
            .getData().getClient().getId());
  }

  /** Recepta answers 400 with {success: false, message}: the message, no field list. */
  @Override
  protected void assertValidationDetails(ValidationException e, JsonNode documented) {
    assertThat(e.serviceMessage()).hasValue(documented.get("message").asText());
    assertThat(e.violations()).isEmpty();
    assertThat(e.getMessage()).contains(documented.get("message").asText());
  }
}
