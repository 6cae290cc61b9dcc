/**
 * What users of the Kejue and Recepta clients work with besides the entry points: the builder's options
 * ({@link io.contactscontracts.client.ClientBuilder}), the transports, Micrometer metrics and the
 * exceptions every call may throw ({@link io.contactscontracts.client.ContactsApiException} and its
 * subclasses). The client modules plug in through {@code io.contactscontracts.client.spi}; the shared
 * implementation is in {@code io.contactscontracts.client.internal}, which is not API.
 */
package io.contactscontracts.client;
