package io.contactscontracts.client;

import feign.Request;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Small values for the unit tests of client-core's package-private parts. */
final class Fixtures {
  static final String KEY = "kej_test_unitKeyValue";
  static final ServiceProfile SERVICE = ServiceProfile.of("Kejue", Fixtures.class, "X-API-Key",
      List.of("kej_live_", "kej_test_"), body -> Optional.empty());

  private Fixtures() {}

  static Request request() {
    return Request.create(Request.HttpMethod.POST, "http://127.0.0.1:8081/api/v1/contacts",
        Map.of("X-API-Key", List.of(KEY), "Content-Type", List.of("application/json")),
        "{}".getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8, null);
  }

  static Exchange answer(int status) {
    return Exchange.response(SERVICE, request(), status, new byte[0], Map.of(), ServiceError.none(), null);
  }
}
