package io.contactscontracts.spring;

import io.contactscontracts.client.ClientBuilder;

/**
 * Changes an auto-configured client's builder after the {@code contacts.*} properties are applied, e.g.
 * to add a request interceptor. Every such bean is called, in {@code @Order}, for each client; check
 * {@code builder instanceof KejueClient.Builder} to customise one service only.
 */
@FunctionalInterface
public interface ContactsClientCustomizer {

  void customize(ClientBuilder<?, ?> builder);
}
