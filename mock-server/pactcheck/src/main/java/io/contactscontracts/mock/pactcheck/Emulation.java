package io.contactscontracts.mock.pactcheck;

import io.contactscontracts.specs.ApiSpec;
import java.net.URI;
import java.util.ServiceLoader;

/**
 * A running emulation of both services, which {@link PactCheck} replays each interaction against. The mock
 * server provides it (a {@link Starter} registered for {@link ServiceLoader}): check-pact cannot depend on the
 * mock server, which ships check-pact as its subcommand.
 */
public interface Emulation extends AutoCloseable {

  /** The service's base URL, e.g. {@code http://127.0.0.1:41234/api/v1}. */
  URI baseUrl(ApiSpec service);

  /** Forgets everything stored: each interaction starts from empty workspaces. */
  void reset();

  /** Stops the emulation. */
  @Override
  void close();

  /** Starts an emulation on free ports, validating its own responses; found with {@link ServiceLoader}. */
  interface Starter {
    Emulation start();
  }
}
