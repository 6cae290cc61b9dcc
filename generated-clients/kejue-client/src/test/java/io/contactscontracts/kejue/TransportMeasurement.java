package io.contactscontracts.kejue;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.contactscontracts.client.SpecFixture;
import io.contactscontracts.client.Transport;
import io.contactscontracts.kejue.model.Contact;
import io.contactscontracts.kejue.model.ContactCreate;
import io.contactscontracts.specs.ApiSpec;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A quick, reproducible measurement behind the default {@link Transport} (not a benchmark: no JMH, one
 * fork, a shared machine). Not run by the build; run it with
 * {@code ./mvnw -B -q test -pl generated-clients/kejue-client -am -Dtest=TransportMeasurement
 * -Dsurefire.failIfNoSpecifiedTests=false}. It prints a table of round-trip times through the whole
 * client (encode, send, decode) against a local WireMock stub, and checks every call returned the stub.
 */
class TransportMeasurement {
  private static final int WARMUP_CALLS = 3_000;
  private static final int ROUNDS = 5;
  private static final int CALLS_PER_ROUND = 2_000;
  private static final int THREADS = 4;

  private static final SpecFixture SPEC = SpecFixture.of(ApiSpec.KEJUE);
  private static WireMockServer server;
  private static String expectedId;

  @BeforeAll
  static void startStub() throws Exception {
    server = new WireMockServer(wireMockConfig().dynamicPort().jettyAcceptors(1).disableRequestJournal());
    server.start();
    expectedId = SPEC.successExample().get("id").asText();
    server.stubFor(post(urlEqualTo(SPEC.stubPath())).willReturn(aResponse().withStatus(SPEC.successStatus())
        .withHeader("Content-Type", "application/json").withBody(SPEC.successExample().toString())));
  }

  @AfterAll
  static void stopStub() {
    server.stop();
  }

  @Test
  void measureEachTransport() throws Exception {
    Map<Transport, String> rows = new EnumMap<>(Transport.class);
    // two passes, the first one only warms up the stub server and shared code; the second is reported
    List<Transport> order = new ArrayList<>(Arrays.asList(Transport.values()));
    order.addAll(Arrays.asList(Transport.values()));
    for (Transport transport : order) {
      long coldStart = System.nanoTime();
      KejueClient client = client(transport);
      call(client);
      double coldMillis = (System.nanoTime() - coldStart) / 1e6;

      for (int i = 0; i < WARMUP_CALLS; i++) {
        call(client);
      }
      double[] sequentialMicros = new double[ROUNDS];
      for (int round = 0; round < ROUNDS; round++) {
        long start = System.nanoTime();
        for (int i = 0; i < CALLS_PER_ROUND; i++) {
          call(client);
        }
        sequentialMicros[round] = (System.nanoTime() - start) / 1e3 / CALLS_PER_ROUND;
      }
      double parallelPerSecond = parallelThroughput(client);
      Arrays.sort(sequentialMicros);
      rows.put(transport, String.format("| %-16s | %8.1f | %8.1f – %-8.1f | %10.0f | %8.1f |", transport,
          sequentialMicros[ROUNDS / 2], sequentialMicros[0], sequentialMicros[ROUNDS - 1], parallelPerSecond,
          coldMillis));
    }
    System.out.printf("%n| %-16s | %8s | %-19s | %10s | %8s |%n", "transport", "µs/call", "range of " + ROUNDS + " rounds",
        "calls/s x" + THREADS, "1st ms");
    rows.values().forEach(System.out::println);
  }

  private static double parallelThroughput(KejueClient client) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      long start = System.nanoTime();
      List<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        done.add(pool.submit(() -> {
          for (int i = 0; i < CALLS_PER_ROUND; i++) {
            call(client);
          }
        }));
      }
      for (Future<?> f : done) {
        f.get();
      }
      return THREADS * CALLS_PER_ROUND / ((System.nanoTime() - start) / 1e9);
    } finally {
      pool.shutdown();
    }
  }

  private static KejueClient client(Transport transport) {
    return KejueClient.builder().apiKey(SPEC.key("measure")).baseUrl(server.baseUrl() + SPEC.basePath())
        .transport(transport).build();
  }

  private static void call(KejueClient client) {
    Contact contact = client.contacts().createContact(new ContactCreate().firstName("Ada").email("ada@example.com"));
    assertThat(contact.getId()).isEqualTo(expectedId);
  }
}
