package io.contactscontracts.client.spi;

/**
 * The checked options of a {@code ClientBuilder}, handed to the client it builds, which uses them once to
 * {@linkplain #newApi(Class) build} the generated operations. Only the builder creates them.
 */
public interface ClientSettings {

  /** The base URL the client sends requests to, without a trailing slash. */
  String baseUrl();

  /**
   * The generated operations over the generated JSON mapping, with transport and timeouts, typed errors,
   * safe retries, redacted logging and the API key.
   *
   * @param <A> the generated operations interface
   * @param operations the generated operations interface, e.g. {@code ContactsApi.class}
   * @return a thread-safe implementation of {@code operations}
   */
  <A> A newApi(Class<A> operations);
}
