/**
 * What a client module implements or calls to plug a service into the shared client code: its profile,
 * its generated code's facts and its error body reader. Users of the clients never need these types.
 */
package io.contactscontracts.client.spi;
