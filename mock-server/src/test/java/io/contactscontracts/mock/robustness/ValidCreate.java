package io.contactscontracts.mock.robustness;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.contactscontracts.mock.ContactsMockServer;
import io.contactscontracts.mock.MockService;
import io.contactscontracts.mock.robustness.SpecFacts.JsonOperation;
import java.io.IOException;
import java.io.UncheckedIOException;

/** A create the service must accept: the spec's own request example, with a valid key. */
final class ValidCreate {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private ValidCreate() {}

  /** The status a valid create gets: the operation's first declared 2xx. */
  static int successStatus(MockService service) {
    return SpecFacts.of(service).operations.get(0).successStatus();
  }

  static Wire.Answer answer(ContactsMockServer server, MockService service) {
    SpecFacts spec = SpecFacts.of(service);
    JsonOperation operation = spec.operations.get(0);
    Object example = operation.operation.getRequestBody().getContent().get("application/json").getExample();
    try {
      return Wire.send(BadRequest.to(operation.method, operation.path)
          .header(spec.keyHeader, spec.validKey("good"))
          .header("Content-Type", "application/json")
          .body(MAPPER.writeValueAsBytes(example))
          .expect("valid", "the spec's request example", operation.successStatus()), server.port(service));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
