package io.contactscontracts.bench;

import io.contactscontracts.mock.MockService;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URL;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Explains the URL_CONNECTION transport's score: the same call with a bare {@link HttpURLConnection},
 * the body sent in fixed-length streaming mode (as Feign's {@code Client.Default} sends it) or buffered
 * (the JDK's default, which Feign does not use).
 */
public class RawUrlConnectionBenchmark extends CallBenchmark {

  @Param({"true", "false"})
  public boolean streaming;

  private LocalStub stub;
  private URL url;
  private SpecFixtures.CreateCall call;
  private byte[] body;

  @Setup
  public void start() throws IOException {
    stub = LocalStub.start();
    call = SpecFixtures.of(MockService.KEJUE);
    url = URI.create(stub.url(call)).toURL();
    body = call.requestBytes();
    kejue();
  }

  @TearDown
  public void stop() {
    stub.close();
  }

  @Benchmark
  public byte[] kejue() throws IOException {
    HttpURLConnection connection = (HttpURLConnection) url.openConnection();
    connection.setRequestMethod("POST");
    connection.setDoOutput(true);
    connection.setRequestProperty("Content-Type", "application/json");
    connection.setRequestProperty("Accept", "application/json");
    connection.setRequestProperty(call.keyHeader(), call.sampleKey());
    if (streaming) {
      connection.setFixedLengthStreamingMode(body.length);
    }
    try (OutputStream out = connection.getOutputStream()) {
      out.write(body);
    }
    if (connection.getResponseCode() != call.status()) {
      throw new IllegalStateException("The stub answered " + connection.getResponseCode());
    }
    try (InputStream in = connection.getInputStream()) {
      return in.readAllBytes();
    }
  }
}
