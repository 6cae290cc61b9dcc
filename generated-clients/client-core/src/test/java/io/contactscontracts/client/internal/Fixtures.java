package io.contactscontracts.client.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import feign.Request;
import feign.codec.Decoder;
import feign.codec.Encoder;
import io.contactscontracts.client.ContactsApiException;
import io.contactscontracts.client.TestFailures;
import io.contactscontracts.client.spi.GeneratedClient;
import io.contactscontracts.client.spi.ServiceError;
import io.contactscontracts.client.spi.ServiceProfile;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Small values for the unit tests of client-core's internals. */
final class Fixtures {
  static final String KEY = "kej_test_unitKeyValue";
  static final ServiceProfile SERVICE = ServiceProfile.of("Kejue", Fixtures.class, new Generated(),
      (body, mapper) -> Optional.empty());
  static final FailureFactory FAILURES = TestFailures.factory();

  private Fixtures() {}

  static Request request() {
    return Request.create(Request.HttpMethod.POST, "http://127.0.0.1:8081/api/v1/contacts",
        Map.of("X-API-Key", List.of(KEY), "Content-Type", List.of("application/json")),
        "{}".getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8, null);
  }

  static Exchange answer(int status) {
    return Exchange.response(SERVICE, request(), status, new byte[0], Map.of(), ServiceError.none(), null);
  }

  /** The exception the client throws for an answer with {@code status}. */
  static ContactsApiException failure(int status) {
    return FAILURES.answered(answer(status));
  }

  /** Stands in for a generated client's facts. */
  private static final class Generated implements GeneratedClient {
    @Override
    public String productionBaseUrl() {
      return "https://api.kejue.invalid/api/v1";
    }

    @Override
    public String keyHeader() {
      return "X-API-Key";
    }

    @Override
    public List<String> keyPrefixes() {
      return List.of("kej_live_", "kej_test_");
    }

    @Override
    public ObjectMapper newObjectMapper() {
      return new ObjectMapper();
    }

    @Override
    public Encoder encoder(ObjectMapper mapper) {
      return new Encoder.Default();
    }

    @Override
    public Decoder decoder(ObjectMapper mapper) {
      return new Decoder.Default();
    }
  }
}
