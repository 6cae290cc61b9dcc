package io.contactscontracts.mock;

import static org.assertj.core.api.Assertions.assertThat;

import io.contactscontracts.kejue.KejueClient;
import io.contactscontracts.kejue.model.Contact;
import io.contactscontracts.kejue.model.ContactCreate;
import io.contactscontracts.mock.junit.ContactsMockExtension;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The JUnit extension runs a user's edited spec, and the clients it injects use a key that spec accepts. */
class ExtensionWithEditedSpecTest {
  @RegisterExtension
  static ContactsMockExtension mock = ContactsMockExtension.builder()
      .spec(MockService.KEJUE, editedKejueSpec())
      .build();

  private static Path editedKejueSpec() {
    try {
      Path file = Files.createTempFile("kejue-", ".yaml");
      file.toFile().deleteOnExit();
      return Files.writeString(file, MockService.KEJUE.spec().yaml()
          .replace("x-key-prefixes: [kej_live_, kej_test_]", "x-key-prefixes: [kj_]")
          .replace("format: uuid", "format: sequence"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void theInjectedClientTalksToTheEditedEmulation(KejueClient kejue, ContactsMockServer server) {
    Contact created = kejue.contacts().createContact(new ContactCreate().firstName("Ada"));

    assertThat(created.getId()).isEqualTo("1");
    assertThat(mock.apiKey(MockService.KEJUE)).startsWith("kj_");
    assertThat(server.contacts(MockService.KEJUE, mock.apiKey(MockService.KEJUE))).hasSize(1);
  }
}
