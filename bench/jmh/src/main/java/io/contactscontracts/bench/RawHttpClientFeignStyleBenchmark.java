package io.contactscontracts.bench;

import io.contactscontracts.mock.MockService;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Explains the JAVA_HTTP_CLIENT transport's score: the same Kejue call with a bare {@link HttpClient}, made
 * the way feign-java11's {@code Http2Client} makes it (a per-request timeout, the answer read through
 * {@code BodyHandlers.ofInputStream()}) or the raw baseline's way (no timeout, {@code ofByteArray()}).
 */
public class RawHttpClientFeignStyleBenchmark extends CallBenchmark {

  @Param({"true", "false"})
  public boolean feignStyle;

  private LocalStub stub;
  private HttpClient client;
  private HttpRequest request;
  private int status;

  @Setup
  public void start() throws IOException, InterruptedException {
    stub = LocalStub.start();
    client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    SpecFixtures.CreateCall call = SpecFixtures.of(MockService.KEJUE);
    HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(stub.url(call)))
        .header("Content-Type", "application/json")
        .header("Accept", "application/json")
        .header(call.keyHeader(), call.sampleKey())
        .POST(HttpRequest.BodyPublishers.ofByteArray(call.requestBytes()));
    if (feignStyle) {
      builder.timeout(Duration.ofSeconds(60)); // the clients' default read timeout
    }
    request = builder.build();
    status = call.status();
    kejue();
  }

  @TearDown
  public void stop() {
    stub.close();
  }

  @Benchmark
  public byte[] kejue() throws IOException, InterruptedException {
    if (feignStyle) {
      HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
      try (InputStream in = response.body()) {
        return checked(response.statusCode(), in.readAllBytes());
      }
    }
    HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
    return checked(response.statusCode(), response.body());
  }

  private byte[] checked(int actual, byte[] body) {
    if (actual != status) {
      throw new IllegalStateException("The stub answered " + actual + ", expected " + status);
    }
    return body;
  }
}
