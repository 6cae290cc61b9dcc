package io.contactscontracts.recepta;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.contactscontracts.client.ClientBehaviourSuite;
import io.contactscontracts.client.ValidationException;
import io.contactscontracts.recepta.model.ContactCreateRequest;
import io.contactscontracts.specs.ApiSpec;

/** The shared error, retry, timeout and logging behaviour, through {@link ReceptaClient}. */
class ReceptaClientBehaviourTest extends ClientBehaviourSuite<ReceptaClient.Builder, ReceptaClient> {

  @Override
  protected ApiSpec spec() {
    return ApiSpec.RECEPTA;
  }

  @Override
  protected ReceptaClient.Builder builder() {
    return ReceptaClient.builder();
  }

  @Override
  protected String validKey() {
    return "rcp_7TzLeakCanary3Wq";
  }

  @Override
  protected String createContact(ReceptaClient client) {
    return client.contacts().createContact(new ContactCreateRequest().firstName("Jane").email("jane@example.com"))
        .getData().getClient().getId();
  }

  @Override
  protected String createdIdPointer() {
    return "/data/client/id";
  }

  /** Recepta answers 400 with {success: false, message}: the message, no field list. */
  @Override
  protected void assertValidationDetails(ValidationException e, JsonNode documented) {
    assertThat(e.serviceMessage()).hasValue(documented.get("message").asText());
    assertThat(e.violations()).isEmpty();
    assertThat(e.getMessage()).contains(documented.get("message").asText());
  }
}
