package io.contactscontracts.mock.testcontainers;

import io.contactscontracts.specs.ApiSpec;
import java.util.ArrayList;
import java.util.List;

/**
 * Where each service listens inside the container. Passed to the mock as flags, so the container does not
 * depend on the image's defaults; the host sees them on random mapped ports.
 */
final class ServicePorts {
  private ServicePorts() {}

  static int of(ApiSpec service) {
    return 8081 + service.ordinal();
  }

  static Integer[] all() {
    return List.of(ApiSpec.values()).stream().map(ServicePorts::of).toArray(Integer[]::new);
  }

  /** {@code --kejue-port 8081 --recepta-port 8082}. */
  static List<String> flags() {
    List<String> flags = new ArrayList<>();
    for (ApiSpec service : ApiSpec.values()) {
      flags.add("--" + service.serviceName() + "-port");
      flags.add(String.valueOf(of(service)));
    }
    return flags;
  }
}
