package io.contactscontracts.spring;

import io.contactscontracts.client.MicrometerMetrics;
import io.contactscontracts.kejue.KejueClient;
import io.contactscontracts.recepta.ReceptaClient;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A {@link KejueClient} and a {@link ReceptaClient} from {@code contacts.kejue.*} and {@code
 * contacts.recepta.*}, each only when its {@code api-key} is set and the application defines no such
 * bean itself; their meters go to the application's {@link MeterRegistry} when there is one.
 */
@AutoConfiguration
@EnableConfigurationProperties(ContactsProperties.class)
public class ContactsClientsAutoConfiguration {

  @Bean
  @ConditionalOnMissingBean
  @ConditionalOnProperty(prefix = "contacts.kejue", name = "api-key")
  KejueClient kejueClient(ContactsProperties properties, ObjectProvider<ContactsClientCustomizer> customizers) {
    return ClientFromProperties.build("contacts.kejue", properties.getKejue(), KejueClient.builder(), customizers);
  }

  @Bean
  @ConditionalOnMissingBean
  @ConditionalOnProperty(prefix = "contacts.recepta", name = "api-key")
  ReceptaClient receptaClient(ContactsProperties properties, ObjectProvider<ContactsClientCustomizer> customizers) {
    return ClientFromProperties.build("contacts.recepta", properties.getRecepta(), ReceptaClient.builder(), customizers);
  }

  /** Only with Micrometer on the classpath; the registry is looked up when a client is built. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(name = "io.micrometer.core.instrument.MeterRegistry")
  static class Metrics {
    @Bean
    ContactsClientCustomizer contactsClientMetrics(ObjectProvider<MeterRegistry> registry) {
      return builder -> registry.ifAvailable(meters -> builder.metrics(MicrometerMetrics.of(meters)));
    }
  }
}
