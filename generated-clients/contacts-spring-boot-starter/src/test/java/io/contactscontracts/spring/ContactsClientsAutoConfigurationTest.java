package io.contactscontracts.spring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.contactscontracts.client.MicrometerMetrics;
import io.contactscontracts.kejue.KejueClient;
import io.contactscontracts.kejue.model.ContactCreate;
import io.contactscontracts.mock.junit.ContactsMockExtension;
import io.contactscontracts.mock.MockService;
import io.contactscontracts.recepta.ReceptaClient;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** Which clients the auto-configuration creates from which properties, and how it refuses bad ones. */
class ContactsClientsAutoConfigurationTest {

  @RegisterExtension
  static final ContactsMockExtension mock = ContactsMockExtension.randomPorts();

  private final ApplicationContextRunner runner = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(ContactsClientsAutoConfiguration.class));

  @Test
  void noKeyNoClient() {
    runner.withPropertyValues("contacts.kejue.base-url=" + mock.kejueBaseUrl())
        .run(context -> {
          assertThat(context).hasNotFailed();
          assertThat(context).doesNotHaveBean(KejueClient.class).doesNotHaveBean(ReceptaClient.class);
        });
  }

  @Test
  void aClientOnlyForEachServiceWhoseKeyIsSet() {
    runner.withPropertyValues(kejueAtTheMock())
        .run(context -> {
          assertThat(context).hasSingleBean(KejueClient.class).doesNotHaveBean(ReceptaClient.class);
          assertThat(context.getBean(KejueClient.class).baseUrl()).isEqualTo(mock.kejueBaseUrl());
        });
  }

  @Test
  void withoutABaseUrlTheClientGoesToProduction() {
    runner.withPropertyValues("contacts.recepta.api-key=" + mock.apiKey(MockService.RECEPTA))
        .run(context -> assertThat(context.getBean(ReceptaClient.class).baseUrl())
            .isEqualTo(ReceptaClient.PRODUCTION_BASE_URL));
  }

  @Test
  void headersFromPropertiesAndCustomizersReachTheService() {
    runner.withPropertyValues(kejueAtTheMock("contacts.kejue.headers[X-Correlation-Source]=crm-sync"))
        .withBean(ContactsClientCustomizer.class,
            () -> builder -> builder.requestInterceptor(template -> template.header("X-Customized", "yes")))
        .run(context -> {
          context.getBean(KejueClient.class).contacts().createContact(new ContactCreate().firstName("Ada"));

          var request = mock.server().wireMock(MockService.KEJUE).getAllServeEvents().get(0).getRequest();
          assertThat(request.getHeader("X-Correlation-Source")).isEqualTo("crm-sync");
          assertThat(request.getHeader("X-Customized")).isEqualTo("yes");
        });
  }

  @Test
  void anApplicationsOwnClientWins() {
    KejueClient own = KejueClient.builder().apiKey(mock.apiKey(MockService.KEJUE)).baseUrl(mock.kejueBaseUrl()).build();
    runner.withPropertyValues("contacts.kejue.api-key=" + mock.apiKey(MockService.KEJUE))
        .withBean(KejueClient.class, () -> own)
        .run(context -> assertThat(context.getBean(KejueClient.class)).isSameAs(own));
  }

  @Test
  void callsAreMeteredInTheApplicationsRegistry() {
    runner.withPropertyValues(kejueAtTheMock())
        .withBean(MeterRegistry.class, SimpleMeterRegistry::new)
        .run(context -> {
          context.getBean(KejueClient.class).contacts().createContact(new ContactCreate().firstName("Ada"));

          assertThat(context.getBean(MeterRegistry.class).get(MicrometerMetrics.REQUESTS)
              .tags("service", "kejue", "outcome", "success").timer().count()).isOne();
        });
  }

  @Test
  void withoutMicrometerTheClientsStillWork() {
    runner.withPropertyValues(kejueAtTheMock())
        .withClassLoader(new FilteredClassLoader("io.micrometer"))
        .run(context -> {
          assertThat(context).hasNotFailed();
          assertThat(context.getBean(KejueClient.class).contacts().createContact(new ContactCreate().firstName("Ada"))
              .getId()).isNotBlank();
        });
  }

  @Test
  void anInvalidSettingFailsStartUpNamingTheProperty() {
    for (String[] invalid : List.of(
        new String[] {"contacts.kejue.max-retries=-1", "contacts.kejue.max-retries"},
        new String[] {"contacts.kejue.read-timeout=0s", "contacts.kejue.read-timeout"},
        new String[] {"contacts.kejue.headers[X-API-Key]=other", "contacts.kejue.headers[X-API-Key]"},
        new String[] {"contacts.kejue.api-key=", "contacts.kejue.api-key"})) {
      runner.withPropertyValues(kejueAtTheMock(invalid[0]))
          .run(context -> {
            assertThat(context).hasFailed();
            Throwable failure = context.getStartupFailure();
            FailureAnalysis analysis = new InvalidContactsPropertyFailureAnalyzer().analyze(failure);
            assertThat(analysis).as(invalid[0]).isNotNull();
            assertThat(analysis.getDescription()).startsWith("Invalid " + invalid[1] + ": ");
            assertThat(analysis.getAction()).contains(invalid[1]);
          });
    }
  }

  @Test
  void propertiesAreDescribedForIdes() throws Exception {
    JsonNode metadata;
    try (InputStream in = getClass().getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
      metadata = new ObjectMapper().readTree(in);
    }
    List<String> names = new ArrayList<>();
    metadata.get("properties").forEach(p -> names.add(p.get("name").asText()));

    for (String service : List.of("kejue", "recepta")) {
      assertThat(names).contains("contacts." + service + ".api-key", "contacts." + service + ".base-url",
          "contacts." + service + ".read-timeout", "contacts." + service + ".max-retries",
          "contacts." + service + ".headers");
    }
    metadata.get("properties").forEach(p -> assertThat(p.path("description").asText()).as(p.toString()).isNotBlank());
  }

  private static String[] kejueAtTheMock(String... more) {
    List<String> properties = new ArrayList<>(List.of(
        "contacts.kejue.api-key=" + mock.apiKey(MockService.KEJUE),
        "contacts.kejue.base-url=" + mock.kejueBaseUrl()));
    properties.addAll(List.of(more));
    return properties.toArray(String[]::new);
  }
}
