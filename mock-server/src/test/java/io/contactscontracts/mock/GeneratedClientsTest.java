package io.contactscontracts.mock;

import io.contactscontracts.mock.junit.ContactsMockExtension;
import io.contactscontracts.mock.junit.MockBaseUrl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import com.github.tomakehurst.wiremock.http.LoggedResponse;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import feign.FeignException;
import io.contactscontracts.kejue.KejueClient;
import io.contactscontracts.kejue.model.Contact;
import io.contactscontracts.kejue.model.ContactCreate;
import io.contactscontracts.recepta.ReceptaClient;
import io.contactscontracts.recepta.model.Client;
import io.contactscontracts.recepta.model.ContactCreateRequest;
import io.contactscontracts.recepta.model.ContactCreatedResponse;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Each generated client, pointed at the mock, creates a contact and gets a response that a fresh, strict
 * validator (not the mock's own) finds valid against the spec.
 */
class GeneratedClientsTest {

  @RegisterExtension
  static ContactsMockExtension mock = ContactsMockExtension.randomPorts();

  @Test
  void kejueClientCreatesAContact(KejueClient kejue, ContactsMockServer server) {
    Contact contact = kejue.contacts().createContact(new ContactCreate()
        .firstName("Ada").lastName("Lovelace").email("ada@example.com").tags(List.of("lead"))
        .metadata(Map.of("crm_id", "A-17")));

    assertThat(contact.getId()).isNotBlank();
    assertThat(contact.getFirstName()).isEqualTo("Ada");
    assertThat(contact.getTags()).containsExactly("lead");
    assertThat(contact.getMetadata()).containsEntry("crm_id", "A-17");
    assertThat(contact.getIsActive()).isTrue();
    assertThat(contact.getSource()).isEqualTo("api");
    assertThat(OffsetDateTime.parse(contact.getCreatedAt())).isNotNull();
    assertSpecValid(server, MockService.KEJUE);
    assertThat(server.contacts(MockService.KEJUE, mock.apiKey(MockService.KEJUE))).hasSize(1);
  }

  @Test
  void receptaClientCreatesAContact(ReceptaClient recepta, ContactsMockServer server) {
    ContactCreatedResponse response = recepta.contacts().createContact(new ContactCreateRequest()
        .firstName("Jane").lastName("Doe").phone("(555) 123-4567").country("US").companyName("Acme Corp")
        .customFields(Map.of("referralSource", "google")));

    assertThat(response.getSuccess()).isTrue();
    Client client = response.getData().getClient();
    assertThat(client.getId()).matches("[0-9a-f]{24}");
    assertThat(client.getFullName()).isEqualTo("Jane Doe");
    assertThat(client.getPhone()).isEqualTo("+15551234567");
    assertThat(client.getCompanyName()).isEqualTo("Acme Corp");
    assertThat(client.getSource()).isEqualTo(Client.SourceEnum.API);
    assertThat(client.getIsActive()).isTrue();
    assertThat(client.getCreatedAt()).isNotNull();
    assertSpecValid(server, MockService.RECEPTA);
  }

  @Test
  void clientsSeeTheServicesErrorsAsFeignExceptions(@MockBaseUrl(MockService.KEJUE) URI kejueUrl,
      @MockBaseUrl(MockService.RECEPTA) String receptaUrl) {
    KejueClient wrongKey = KejueClient.builder().baseUrl(kejueUrl.toString()).apiKey("rcp_not_kejue").build();
    ReceptaClient recepta = ReceptaClient.builder().baseUrl(receptaUrl).apiKey("rcp_fine").build();

    assertThatThrownBy(() -> wrongKey.contacts().createContact(new ContactCreate().firstName("Ada")))
        .isInstanceOfSatisfying(FeignException.class, e -> assertThat(e.status()).isEqualTo(401));
    assertThatThrownBy(() -> recepta.contacts().createContact(new ContactCreateRequest()
            .source(ContactCreateRequest.SourceEnum.UNKNOWN_DEFAULT_OPEN_API)))
        .isInstanceOfSatisfying(FeignException.class, e -> {
          assertThat(e.status()).isEqualTo(400);
          assertThat(e.contentUTF8()).contains("'source'");
        });
  }

  /** Validates the last response the service sent with a validator built here, strict by default. */
  private static void assertSpecValid(ContactsMockServer server, MockService service) {
    List<ServeEvent> events = server.wireMock(service).getAllServeEvents();
    ServeEvent last = events.get(0); // the journal lists the newest first
    LoggedResponse response = last.getResponse();
    OpenApiInteractionValidator validator =
        OpenApiInteractionValidator.createForInlineApiSpecification(service.spec().yaml()).build();
    SimpleResponse.Builder sent = SimpleResponse.Builder.status(response.getStatus()).withBody(response.getBodyAsString());
    response.getHeaders().all().forEach(h -> sent.withHeader(h.key(), h.values()));

    ValidationReport report = validator.validateResponse(
        URI.create(last.getRequest().getUrl()).getPath(), Request.Method.POST, sent.build());

    assertThat(response.getStatus()).isBetween(200, 299);
    assertThat(report.getMessages()).as(response.getBodyAsString()).isEmpty();
  }
}
