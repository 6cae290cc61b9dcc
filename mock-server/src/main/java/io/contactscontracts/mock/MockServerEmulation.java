package io.contactscontracts.mock;

import io.contactscontracts.mock.pactcheck.Emulation;
import io.contactscontracts.specs.ApiSpec;
import java.net.URI;
import java.util.Arrays;

/**
 * The emulation {@code check-pact} replays pacts against: a mock server on random ports that validates its own
 * answers. check-pact finds it through {@link java.util.ServiceLoader} (META-INF/services), since it cannot
 * depend on this module; not meant to be used directly.
 */
public final class MockServerEmulation implements Emulation.Starter {

  @Override
  public Emulation start() {
    ContactsMockServer server = ContactsMockServer.builder().randomPorts().validateResponses(true).build().start();
    return new Emulation() {
      @Override
      public URI baseUrl(ApiSpec service) {
        return URI.create(server.baseUrl(serviceOf(service)));
      }

      @Override
      public void reset() {
        server.reset();
      }

      @Override
      public void close() {
        server.stop();
      }
    };
  }

  private static MockService serviceOf(ApiSpec spec) {
    return Arrays.stream(MockService.values()).filter(s -> s.spec() == spec).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("the mock server does not emulate " + spec.serviceName()));
  }
}
