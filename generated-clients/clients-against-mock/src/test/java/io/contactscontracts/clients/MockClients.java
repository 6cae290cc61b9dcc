package io.contactscontracts.clients;

import io.contactscontracts.client.ClientBuilder;
import io.contactscontracts.kejue.KejueClient;
import io.contactscontracts.kejue.model.ContactCreate;
import io.contactscontracts.mock.junit.ContactsMockExtension;
import io.contactscontracts.mock.MockService;
import io.contactscontracts.recepta.ReceptaClient;
import io.contactscontracts.recepta.model.ContactCreateRequest;
import java.util.function.UnaryOperator;

/** Either service's client, pointed at the mock, for the tests that run the same steps on both. */
final class MockClients {
  private MockClients() {}

  /** Builds the service's client against the mock, configured further by {@code options}, and creates a contact. */
  static void createContact(ContactsMockExtension mock, MockService service, UnaryOperator<ClientBuilder<?, ?>> options) {
    String key = mock.apiKey(service);
    if (service == MockService.KEJUE) {
      KejueClient.Builder builder = KejueClient.builder().apiKey(key).baseUrl(mock.kejueBaseUrl());
      options.apply(builder);
      builder.build().contacts().createContact(new ContactCreate().firstName("Ada"));
    } else {
      ReceptaClient.Builder builder = ReceptaClient.builder().apiKey(key).baseUrl(mock.receptaBaseUrl());
      options.apply(builder);
      builder.build().contacts().createContact(new ContactCreateRequest().firstName("Jane"));
    }
  }
}
