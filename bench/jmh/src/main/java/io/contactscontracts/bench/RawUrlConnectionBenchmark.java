package io.contactscontracts.bench;

import io.contactscontracts.mock.MockService;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URL;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Explains the URL_CONNECTION transport's score: the same call with a bare {@link HttpURLConnection},
 * the body sent in fixed-length streaming mode (as Feign's {@code Client.Default} sends it) or buffered
 * (the JDK's default, which Feign does not use).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
// 24 s: with the stub's WireMock in the same JVM, scores kept falling for about 20 s of JIT compilation
@Warmup(iterations = 12, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 2, jvmArgsAppend = {"-Xms256m", "-Xmx256m"})
public class RawUrlConnectionBenchmark {

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
