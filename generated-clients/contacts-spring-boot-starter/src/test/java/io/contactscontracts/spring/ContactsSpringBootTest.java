package io.contactscontracts.spring;

import static org.assertj.core.api.Assertions.assertThat;

import io.contactscontracts.client.MicrometerMetrics;
import io.contactscontracts.kejue.KejueClient;
import io.contactscontracts.kejue.model.ContactCreate;
import io.contactscontracts.mock.junit.ContactsMockExtension;
import io.contactscontracts.mock.MockService;
import io.contactscontracts.recepta.ReceptaClient;
import io.contactscontracts.recepta.model.ContactCreateRequest;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * An application's test as docs/clients-in-production.md shows it: the mock server starts for the test
 * class, the properties point both clients at it, and the application gets them injected.
 */
@SpringBootTest
class ContactsSpringBootTest {

  @RegisterExtension
  static final ContactsMockExtension mock = ContactsMockExtension.randomPorts();

  @DynamicPropertySource
  static void pointTheClientsAtTheMock(DynamicPropertyRegistry registry) {
    registry.add("contacts.kejue.base-url", mock::kejueBaseUrl);
    registry.add("contacts.kejue.api-key", () -> mock.apiKey(MockService.KEJUE));
    registry.add("contacts.recepta.base-url", mock::receptaBaseUrl);
    registry.add("contacts.recepta.api-key", () -> mock.apiKey(MockService.RECEPTA));
  }

  @Autowired
  KejueClient kejue;

  @Autowired
  ReceptaClient recepta;

  @Autowired
  MeterRegistry meters;

  @Test
  void bothClientsAreInjectedCallTheMockAndAreMetered() {
    String kejueId = kejue.contacts().createContact(new ContactCreate().firstName("Ada")).getId();
    String receptaId = recepta.contacts().createContact(new ContactCreateRequest().firstName("Jane"))
        .getData().getClient().getId();

    assertThat(kejueId).isNotBlank();
    assertThat(receptaId).isNotBlank();
    assertThat(mock.server().contacts(MockService.KEJUE, mock.apiKey(MockService.KEJUE))).hasSize(1);
    for (String service : new String[] {"kejue", "recepta"}) {
      assertThat(meters.get(MicrometerMetrics.REQUESTS)
          .tags("service", service, "operation", "createContact", "outcome", "success").timer().count())
          .as(service).isOne();
    }
  }

  @Configuration(proxyBeanMethods = false)
  @EnableAutoConfiguration
  static class Application {
    @Bean
    MeterRegistry meterRegistry() {
      return new SimpleMeterRegistry();
    }
  }
}
