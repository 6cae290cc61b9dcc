package io.contactscontracts.client;

import io.contactscontracts.client.spi.ClientSettings;

/**
 * What every contacts client offers: the generated operations, sent with the settings its builder
 * checked. A client is thread-safe and owns its connection pool: build one per key and reuse it.
 *
 * @param <A> the generated operations interface
 */
public abstract class ContactsClient<A> {
  private final String baseUrl;
  private final A contacts;

  protected ContactsClient(ClientSettings settings, Class<A> operations) {
    this.baseUrl = settings.baseUrl();
    this.contacts = settings.newApi(operations);
  }

  /** The contacts operations. */
  public A contacts() {
    return contacts;
  }

  /** The base URL this client sends requests to. */
  public String baseUrl() {
    return baseUrl;
  }
}
