/**
 * How the clients work inside: Feign wiring, typed errors, retries, redaction, logging. Not API: anything
 * here may change in any release. Users need only {@code io.contactscontracts.client}; the client modules
 * plug themselves in through {@code io.contactscontracts.client.spi}.
 */
package io.contactscontracts.client.internal;
