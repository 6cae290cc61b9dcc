package io.contactscontracts.mock.junit;

import io.contactscontracts.kejue.KejueClient;
import io.contactscontracts.recepta.ReceptaClient;

/**
 * Builds the generated clients for the JUnit extension. Kept apart, and only loaded when a test asks for
 * a client, because the client jars are optional dependencies of the mock server.
 */
public final class Clients {
  public static final String KEJUE_CLIENT = "io.contactscontracts.kejue.KejueClient";
  public static final String RECEPTA_CLIENT = "io.contactscontracts.recepta.ReceptaClient";

  private Clients() {}

  public static Object kejue(String baseUrl, String apiKey) {
    return KejueClient.builder().baseUrl(baseUrl).apiKey(apiKey).build();
  }

  public static Object recepta(String baseUrl, String apiKey) {
    return ReceptaClient.builder().baseUrl(baseUrl).apiKey(apiKey).build();
  }
}
