package io.contactscontracts.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.contactscontracts.client.Transport;
import io.contactscontracts.kejue.KejueClient;
import io.contactscontracts.kejue.model.Contact;
import io.contactscontracts.kejue.model.ContactCreate;
import io.contactscontracts.mock.MockService;
import io.contactscontracts.recepta.ReceptaClient;
import io.contactscontracts.recepta.model.ContactCreateRequest;
import io.contactscontracts.recepta.model.ContactCreatedResponse;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.TearDown;

/**
 * One create call through each client ({@link KejueClient}, {@link ReceptaClient}, built as users build them)
 * on each {@link Transport}: request model to JSON, HTTP to the local stub, JSON to response model, with the
 * clients' error handling and logging in place. Compare with {@link RawHttpClientBenchmark}: same stub, same
 * request bytes on the wire.
 */
public class ClientCreateBenchmark extends CallBenchmark {

  @Param
  public Transport transport;

  private LocalStub stub;
  private io.contactscontracts.kejue.api.ContactsApi kejue;
  private io.contactscontracts.recepta.api.ContactsApi recepta;
  private ContactCreate kejueRequest;
  private ContactCreateRequest receptaRequest;

  @Setup
  public void start() throws JsonProcessingException {
    stub = LocalStub.start();
    SpecFixtures.CreateCall kejueCall = SpecFixtures.of(MockService.KEJUE);
    SpecFixtures.CreateCall receptaCall = SpecFixtures.of(MockService.RECEPTA);
    kejue = KejueClient.builder().apiKey(kejueCall.sampleKey()).baseUrl(stub.baseUrl(kejueCall))
        .transport(transport).build().contacts();
    recepta = ReceptaClient.builder().apiKey(receptaCall.sampleKey()).baseUrl(stub.baseUrl(receptaCall))
        .transport(transport).build().contacts();
    // the documented request examples as models, read with the generated clients' own mapper settings
    kejueRequest = new io.contactscontracts.kejue.invoker.ApiClient().getObjectMapper()
        .treeToValue(kejueCall.requestExample(), ContactCreate.class);
    receptaRequest = new io.contactscontracts.recepta.invoker.ApiClient().getObjectMapper()
        .treeToValue(receptaCall.requestExample(), ContactCreateRequest.class);

    // fail at setup, not with a misleading score, if the stub and the clients disagree
    requireId(kejue().getId());
    requireId(recepta().getData().getClient().getId());
  }

  @TearDown
  public void stop() {
    stub.close();
  }

  @Benchmark
  public Contact kejue() {
    return kejue.createContact(kejueRequest);
  }

  @Benchmark
  public ContactCreatedResponse recepta() {
    return recepta.createContact(receptaRequest);
  }

  private static void requireId(String id) {
    if (id == null || id.isEmpty()) {
      throw new IllegalStateException("The stub's answer has no id: the documented example did not decode");
    }
  }
}
