package io.contactscontracts.mock;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.contactscontracts.mock.Http.get;
import static io.contactscontracts.mock.Http.json;
import static io.contactscontracts.mock.Http.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.client.VerificationException;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.contactscontracts.mock.junit.ContactsMockExtension;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The emulation answers before WireMock's matching, yet what users read of WireMock's journal is as before:
 * {@code /__admin/requests}, {@code verify}, the serve event of every request with its answer.
 */
class EmulatedRequestsJournalTest {
  private static final String KEY = "kej_test_journal";

  @RegisterExtension
  static ContactsMockExtension mock = ContactsMockExtension.randomPorts();

  @Test
  void anEmulatedRequestIsInTheJournalWithItsAnswer(ContactsMockServer server) {
    Instant before = Instant.now().minusSeconds(1);
    String answer = post(mock.kejueBaseUrl() + "/contacts", "{\"first_name\":\"Ada\"}", "X-API-Key", KEY).body();

    ServeEvent event = server.wireMock(MockService.KEJUE).getAllServeEvents().get(0);

    assertThat(event.getRequest().getUrl()).isEqualTo("/api/v1/contacts");
    assertThat(event.getRequest().getMethod().getName()).isEqualTo("POST");
    assertThat(event.getRequest().getHeader("X-API-Key")).isEqualTo(KEY);
    assertThat(event.getRequest().getBodyAsString()).isEqualTo("{\"first_name\":\"Ada\"}");
    assertThat(event.getRequest().getLoggedDate().toInstant()).isBetween(before, Instant.now().plusSeconds(1));
    assertThat(event.getWasMatched()).isTrue();
    assertThat(event.getStubMapping().getName()).contains("emulation");
    assertThat(event.getResponse().getStatus()).isEqualTo(200);
    assertThat(event.getResponse().getBodyAsString()).isEqualTo(answer);
    assertThat(event.getResponse().getHeaders().getHeader("Content-Type").firstValue()).contains("json");
  }

  @Test
  void eachRecordKeepsItsOwnUrlAndHeadersAfterLaterRequests(ContactsMockServer server) {
    post(mock.kejueBaseUrl() + "/contacts?first=1", "{\"first_name\":\"Ada\"}", "X-API-Key", KEY, "X-Trace", "one");
    for (int i = 0; i < 5; i++) {
      post(mock.kejueBaseUrl() + "/contacts?later=" + i, "{}", "X-API-Key", KEY + i, "X-Trace", "later");
    }

    ServeEvent first = server.wireMock(MockService.KEJUE).getAllServeEvents().get(5);

    assertThat(first.getRequest().getAbsoluteUrl()).isEqualTo(mock.kejueBaseUrl() + "/contacts?first=1");
    assertThat(first.getRequest().getUrl()).isEqualTo("/api/v1/contacts?first=1");
    assertThat(first.getRequest().getHeader("X-Trace")).isEqualTo("one");
    assertThat(first.getRequest().getHeader("X-API-Key")).isEqualTo(KEY);
  }

  @Test
  void theAdminApiListsEmulatedRequestsLikeAnyOther() {
    post(mock.receptaBaseUrl() + "/api/contacts", "{\"firstName\":\"Jane\"}", "x-api-key", "rcp_journal");

    JsonNode requests = json(get(mock.server().adminUrl(MockService.RECEPTA) + "/requests"));

    assertThat(requests.get("requests")).hasSize(1);
    JsonNode event = requests.get("requests").get(0);
    assertThat(event.get("request").get("url").asText()).isEqualTo("/api/v1/api/contacts");
    assertThat(event.get("response").get("status").asInt()).isEqualTo(201);
    assertThat(event.get("wasMatched").asBoolean()).isTrue();
    String id = event.get("id").asText();
    assertThat(json(get(mock.server().adminUrl(MockService.RECEPTA) + "/requests/" + id)).get("id").asText())
        .as("one request by its id").isEqualTo(id);
  }

  @Test
  void verifyAndCountSeeEmulatedRequests(ContactsMockServer server) {
    post(mock.kejueBaseUrl() + "/contacts", "{\"first_name\":\"Ada\"}", "X-API-Key", KEY);
    post(mock.kejueBaseUrl() + "/contacts", "{\"first_name\":\"Grace\"}", "X-API-Key", KEY);

    server.verify(MockService.KEJUE, 1, postRequestedFor(urlPathEqualTo("/api/v1/contacts"))
        .withRequestBody(matchingJsonPath("$.first_name", equalTo("Grace"))));
    assertThat(server.countRequests(MockService.KEJUE, postRequestedFor(urlPathEqualTo("/api/v1/contacts"))
        .withHeader("X-API-Key", equalTo(KEY)))).isEqualTo(2);
    assertThat(server.requests(MockService.KEJUE)).extracting(r -> r.getBodyAsString())
        .as("newest first").containsExactly("{\"first_name\":\"Grace\"}", "{\"first_name\":\"Ada\"}");
    assertThatThrownBy(() -> server.verify(MockService.KEJUE, 3, postRequestedFor(urlPathEqualTo("/api/v1/contacts"))))
        .isInstanceOf(VerificationException.class);
  }

  @Test
  void aFaultIsRecordedAsAFault(ContactsMockServer server) {
    try {
      post(mock.kejueBaseUrl() + "/contacts", "{}", "X-API-Key", KEY, "Prefer", "fault=CONNECTION_RESET_BY_PEER");
    } catch (RuntimeException expected) {
      // the connection was reset, as asked
    }

    ServeEvent event = server.wireMock(MockService.KEJUE).getAllServeEvents().get(0);
    assertThat(event.getResponse().getFault()).isNotNull();
    assertThat(server.contacts(MockService.KEJUE, KEY)).isEmpty();
  }

  @Test
  void countingWithTheJournalOffSaysWhatToDo() {
    try (ContactsMockServer server = ContactsMockServer.builder().randomPorts().journalSize(0).build().start()) {
      assertThatThrownBy(() -> server.countRequests(MockService.KEJUE, postRequestedFor(urlPathEqualTo("/x"))))
          .hasMessageContaining("journal size");
    }
  }

}
