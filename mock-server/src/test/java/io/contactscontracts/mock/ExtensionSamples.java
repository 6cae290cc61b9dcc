package io.contactscontracts.mock;


import io.contactscontracts.mock.junit.ContactsMockExtension;
import io.contactscontracts.mock.junit.MockBaseUrl;

import static io.contactscontracts.mock.Http.post;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.client.WireMock;
import io.contactscontracts.kejue.KejueClient;
import io.contactscontracts.kejue.model.ContactCreate;
import io.contactscontracts.recepta.ReceptaClient;
import io.contactscontracts.recepta.model.ContactCreateRequest;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Test classes that use {@link ContactsMockExtension} the way users do. {@link ContactsMockExtensionTest}
 * runs them through the JUnit Platform launcher and checks their outcomes; on their own they are skipped.
 */
final class ExtensionSamples {
  static final String LAUNCHED = "contacts.mock.samples";
  static final List<ContactsMockServer> SERVERS = new ArrayList<>();

  private ExtensionSamples() {}

  /** Runs the samples only when ContactsMockExtensionTest launches them. */
  static final class OnlyWhenLaunched implements ExecutionCondition {
    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
      return context.getConfigurationParameter(LAUNCHED).isPresent()
          ? ConditionEvaluationResult.enabled("launched by ContactsMockExtensionTest")
          : ConditionEvaluationResult.disabled("a sample for ContactsMockExtensionTest");
    }
  }

  @ExtendWith(OnlyWhenLaunched.class)
  static class InjectsParameters {
    @RegisterExtension
    static ContactsMockExtension mock = ContactsMockExtension.randomPorts();

    @Test
    void everyKindOfParameter(ContactsMockServer server, @MockBaseUrl(MockService.KEJUE) String kejueUrl,
        @MockBaseUrl(MockService.RECEPTA) URI receptaUrl, KejueClient kejue, ReceptaClient recepta) {
      SERVERS.add(server);
      assertThat(server.isRunning()).isTrue();
      assertThat(kejueUrl).isEqualTo(server.kejueBaseUrl()).isEqualTo(mock.kejueBaseUrl());
      assertThat(receptaUrl).hasToString(server.receptaBaseUrl());
      assertThat(kejue.baseUrl()).isEqualTo(kejueUrl);
      assertThat(recepta.baseUrl()).isEqualTo(receptaUrl.toString());

      kejue.contacts().createContact(new ContactCreate().firstName("Ada"));
      recepta.contacts().createContact(new ContactCreateRequest().firstName("Jane"));

      assertThat(server.contacts(MockService.KEJUE, mock.apiKey(MockService.KEJUE))).hasSize(1);
      assertThat(server.contacts(MockService.RECEPTA, MockService.RECEPTA.sampleApiKey())).hasSize(1);
    }
  }

  @ExtendWith({OnlyWhenLaunched.class, ContactsMockExtension.class})
  @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
  static class ResetsBetweenTests {
    @Test
    @Order(1)
    void leavesAContactAndAStub(ContactsMockServer server) {
      server.wireMock(MockService.KEJUE).stubFor(WireMock.post(WireMock.anyUrl()).willReturn(WireMock.status(418)));
      assertThat(post(server.kejueBaseUrl() + "/contacts", "{}", "X-API-Key", "kej_test_a").statusCode()).isEqualTo(418);
      assertThat(post(server.receptaBaseUrl() + "/api/contacts", "{}", "x-api-key", "rcp_a").statusCode()).isEqualTo(201);
    }

    @Test
    @Order(2)
    void startsClean(ContactsMockServer server) {
      assertThat(server.workspaces(MockService.RECEPTA)).isEmpty();
      assertThat(post(server.kejueBaseUrl() + "/contacts", "{}", "X-API-Key", "kej_test_a").statusCode()).isEqualTo(200);
    }
  }

  @ExtendWith(OnlyWhenLaunched.class)
  @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
  static class KeepsStateWhenAskedTo {
    @RegisterExtension
    static ContactsMockExtension mock = ContactsMockExtension.builder().resetAfterEach(false)
        .apiKey(MockService.KEJUE, "kej_live_custom").build();

    @Test
    @Order(1)
    void creates(KejueClient kejue) {
      kejue.contacts().createContact(new ContactCreate().firstName("Ada"));
    }

    @Test
    @Order(2)
    void seesWhatTheFirstTestCreated(ContactsMockServer server) {
      assertThat(server.contacts(MockService.KEJUE, "kej_live_custom")).hasSize(1);
    }
  }

  @ExtendWith(OnlyWhenLaunched.class)
  static class FailsOnAMockBug {
    @RegisterExtension
    static ContactsMockExtension mock = ContactsMockExtension.builder()
        .server(b -> b.spec(MockService.RECEPTA, "uuid-ids.yaml",
            MockService.RECEPTA.spec().yaml().replace("format: object-id", "format: uuid")))
        .build();

    @Test
    void passesItsOwnAssertions(ContactsMockServer server) {
      assertThat(post(server.receptaBaseUrl() + "/api/contacts", "{}", "x-api-key", "rcp_a").statusCode()).isEqualTo(500);
    }
  }

  @ExtendWith(OnlyWhenLaunched.class)
  static class OneServerPerTestOnAnInstanceField {
    @RegisterExtension
    ContactsMockExtension mock = ContactsMockExtension.randomPorts();

    @Test
    void first(ContactsMockServer server) {
      SERVERS.add(server);
    }

    @Test
    void second(ContactsMockServer server) {
      SERVERS.add(server);
    }
  }
}
