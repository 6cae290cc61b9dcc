package com.example.signup;

import static org.assertj.core.api.Assertions.assertThat;

import io.contactscontracts.kejue.KejueClient;
import io.contactscontracts.mock.ContactsMockServer;
import io.contactscontracts.mock.MockService;
import io.contactscontracts.mock.junit.ContactsMockExtension;
import io.contactscontracts.recepta.ReceptaClient;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The service without Spring: the extension hands the test clients already pointed at the mock (it builds
 * them from the application's client jars, from inside the mock server's standalone jar).
 */
@ExtendWith(ContactsMockExtension.class)
class SignupServiceTest {

  @Test
  void signsThePersonUpInBothServices(KejueClient kejue, ReceptaClient recepta, ContactsMockServer mock) {
    Signup signup = new SignupService(kejue, recepta).signUp(new Person("Grace", "Hopper", null, null));

    assertThat(storedIds(mock, MockService.KEJUE)).containsExactly(signup.kejueContactId());
    assertThat(storedIds(mock, MockService.RECEPTA)).containsExactly(signup.receptaClientId());
  }

  /** The injected clients use each spec's sample key. */
  private static List<String> storedIds(ContactsMockServer mock, MockService service) {
    return mock.contacts(service, mock.sampleApiKey(service)).stream()
        .map(contact -> contact.path("id").asText()).toList();
  }
}
