package io.contactscontracts.bench;

import io.contactscontracts.mock.MockService;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The baseline: the same create call with a bare {@link HttpClient}, the documented example sent as ready
 * bytes and the answer read as bytes (no model, no JSON mapping): the least any client can do per call.
 */
public class RawHttpClientBenchmark extends CallBenchmark {

  @Param
  public HttpClient.Version version;

  private LocalStub stub;
  private HttpClient client;
  private HttpRequest kejueRequest;
  private HttpRequest receptaRequest;
  private int kejueStatus;
  private int receptaStatus;

  @Setup
  public void start() throws IOException, InterruptedException {
    stub = LocalStub.start();
    client = HttpClient.newBuilder().version(version).build();
    SpecFixtures.CreateCall kejueCall = SpecFixtures.of(MockService.KEJUE);
    SpecFixtures.CreateCall receptaCall = SpecFixtures.of(MockService.RECEPTA);
    kejueRequest = request(kejueCall);
    receptaRequest = request(receptaCall);
    kejueStatus = kejueCall.status();
    receptaStatus = receptaCall.status();
    kejue();
    recepta();
  }

  @TearDown
  public void stop() {
    stub.close();
  }

  @Benchmark
  public byte[] kejue() throws IOException, InterruptedException {
    return send(kejueRequest, kejueStatus);
  }

  @Benchmark
  public byte[] recepta() throws IOException, InterruptedException {
    return send(receptaRequest, receptaStatus);
  }

  private byte[] send(HttpRequest request, int expectedStatus) throws IOException, InterruptedException {
    HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
    if (response.statusCode() != expectedStatus) {
      throw new IllegalStateException("The stub answered " + response.statusCode() + ", expected " + expectedStatus);
    }
    return response.body();
  }

  private HttpRequest request(SpecFixtures.CreateCall call) {
    return HttpRequest.newBuilder(URI.create(stub.url(call)))
        .header("Content-Type", "application/json")
        .header("Accept", "application/json")
        .header(call.keyHeader(), call.sampleKey())
        .POST(HttpRequest.BodyPublishers.ofByteArray(call.requestBytes()))
        .build();
  }
}
