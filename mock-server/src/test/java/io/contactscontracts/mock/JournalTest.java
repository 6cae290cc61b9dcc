package io.contactscontracts.mock;

import static io.contactscontracts.mock.Http.post;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The WireMock request journal is bounded, so long runs do not grow the heap. */
class JournalTest {

  @Test
  void theJournalKeepsOnlyTheConfiguredNumberOfRequests() {
    try (ContactsMockServer server = ContactsMockServer.builder().randomPorts().journalSize(5).build().start()) {
      for (int i = 0; i < 20; i++) {
        post(server.kejueBaseUrl() + "/contacts", "{\"first_name\":\"n" + i + "\"}", "X-API-Key", "kej_test_j");
      }

      assertThat(server.wireMock(MockService.KEJUE).getAllServeEvents()).hasSize(5);
      assertThat(server.wireMock(MockService.KEJUE).getAllServeEvents().get(0).getRequest().getBodyAsString())
          .as("the newest requests are kept").contains("n19");
      assertThat(server.contacts(MockService.KEJUE, "kej_test_j")).as("the store is not the journal").hasSize(20);
    }
  }

  @Test
  void theDefaultJournalIsBoundedToo() {
    try (ContactsMockServer server = ContactsMockServer.builder().randomPorts().build().start()) {
      assertThat(server.wireMock(MockService.KEJUE).getOptions().maxRequestJournalEntries()).hasValue(ContactsMockServer.DEFAULT_JOURNAL_SIZE);
      assertThat(server.wireMock(MockService.RECEPTA).getOptions().maxRequestJournalEntries())
          .hasValue(ContactsMockServer.DEFAULT_JOURNAL_SIZE);
    }
  }

  @Test
  void aJournalSizeOfZeroTurnsTheJournalOff() {
    try (ContactsMockServer server = ContactsMockServer.builder().randomPorts().journalSize(0).build().start()) {
      post(server.receptaBaseUrl() + "/api/contacts", "{}", "x-api-key", "rcp_j");

      assertThat(server.wireMock(MockService.RECEPTA).getOptions().requestJournalDisabled()).isTrue();
      assertThat(server.contacts(MockService.RECEPTA, "rcp_j")).hasSize(1);
    }
  }
}
