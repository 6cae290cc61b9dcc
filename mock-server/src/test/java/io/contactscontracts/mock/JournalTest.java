package io.contactscontracts.mock;

import static io.contactscontracts.mock.Http.post;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
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
      for (int i = 0; i < ContactsMockServer.DEFAULT_JOURNAL_SIZE + 5; i++) {
        post(server.receptaBaseUrl() + "/api/contacts", "{\"firstName\":\"n" + i + "\"}", "x-api-key", "rcp_j");
      }

      assertThat(server.wireMock(MockService.RECEPTA).getAllServeEvents()).hasSize(ContactsMockServer.DEFAULT_JOURNAL_SIZE);
    }
  }

  @Test
  void verificationAndResetWorkOnTheBoundedJournal() {
    try (ContactsMockServer server = ContactsMockServer.builder().randomPorts().journalSize(3).build().start()) {
      for (int i = 0; i < 4; i++) {
        post(server.kejueBaseUrl() + "/contacts", "{\"first_name\":\"v" + i + "\"}", "X-API-Key", "kej_test_v");
      }
      WireMockServer kejue = server.wireMock(MockService.KEJUE);

      kejue.verify(3, postRequestedFor(urlEqualTo("/api/v1/contacts")));
      assertThat(kejue.findAll(postRequestedFor(urlEqualTo("/api/v1/contacts")).withRequestBody(containing("v0"))))
          .as("the oldest request was dropped").isEmpty();
      kejue.resetRequests();
      assertThat(kejue.getAllServeEvents()).isEmpty();
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
