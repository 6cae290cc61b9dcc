package io.contactscontracts.mock.robustness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import io.contactscontracts.mock.ContactsMockServer;
import io.contactscontracts.mock.MockService;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;

/**
 * Thousands of bad requests, generated from the specs with a seeded generator, sent over real HTTP to both
 * emulated services: each must be refused with the right 4xx in the service's own error shape (validated
 * against the spec), none may get a 5xx or go unanswered, none may store anything, and the service must
 * still create a contact afterwards. The seed is printed and in every failure;
 * {@code -Drobustness.seed=N} replays a run and {@code -Drobustness.requests=N} changes its size.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadInputTest {
  private static final int MIN_REQUESTS = Integer.getInteger("robustness.requests", 10_000);
  /** A small pool: enough to exercise concurrency on a 2-core machine without starving the server. */
  private static final int THREADS = 4;
  private static final int EXAMPLES_PER_KIND = 3;

  private final long seed = Seed.choose();
  private final AtomicInteger sent = new AtomicInteger();
  private ContactsMockServer server;
  private ExecutorService pool;

  @BeforeAll
  void start() {
    System.out.println("BadInputTest: " + Seed.reproduce(seed, getClass().getSimpleName()));
    server = ContactsMockServer.builder().randomPorts().build().start();
    pool = Executors.newFixedThreadPool(THREADS);
  }

  @AfterAll
  void stop() {
    pool.shutdownNow();
    server.stop();
  }

  @TestFactory
  Stream<DynamicNode> everyGeneratedBadRequestIsRefusedInTheServicesShape() {
    Stream<DynamicNode> services = Arrays.stream(MockService.values()).map(this::suiteFor);
    DynamicTest total = dynamicTest("at least " + MIN_REQUESTS + " bad requests were sent", () -> {
      System.out.println("BadInputTest: " + sent.get() + " bad requests sent, each refused as expected");
      assertThat(sent.get()).as(Seed.reproduce(seed, getClass().getSimpleName())).isGreaterThanOrEqualTo(MIN_REQUESTS);
    });
    return Stream.concat(services, Stream.of(total));
  }

  private DynamicNode suiteFor(MockService service) {
    SpecFacts spec = SpecFacts.of(service);
    String badKey = spec.validKey("bad");
    BadRequestGenerator generator = new BadRequestGenerator(spec, seed, badKey);
    List<BadRequest> requests = new ArrayList<>(generator.heavy());
    int share = (MIN_REQUESTS + MockService.values().length - 1) / MockService.values().length;
    while (requests.size() < share) {
      requests.addAll(generator.round());
    }
    Map<String, List<BadRequest>> byCategory = requests.stream()
        .collect(Collectors.groupingBy(BadRequest::category, LinkedHashMap::new, Collectors.toList()));
    List<DynamicNode> tests = new ArrayList<>();
    byCategory.forEach((category, batch) -> tests.add(dynamicTest(category + " (" + batch.size() + " requests)",
        () -> sendAndCheck(service, spec, batch))));
    tests.add(dynamicTest("afterwards: a valid create succeeds and no bad request stored anything", () -> {
      assertThat(ValidCreate.answer(server, service).status()).as("a valid create after the bad input").isEqualTo(ValidCreate.successStatus(service));
      assertThat(server.contacts(service, badKey)).as("contacts stored by bad requests").isEmpty();
      assertThat(server.responseValidationFailures()).as("bugs the mock logged").isEmpty();
    }));
    return dynamicContainer(service.displayName() + " (" + requests.size() + " requests)", tests);
  }

  private void sendAndCheck(MockService service, SpecFacts spec, List<BadRequest> batch) throws Exception {
    ErrorShapeCheck check = new ErrorShapeCheck(spec);
    int port = server.port(service);
    Queue<Failure> failures = new ConcurrentLinkedQueue<>();
    List<Future<?>> pending = new ArrayList<>();
    for (BadRequest request : batch) {
      pending.add(pool.submit(() -> {
        try {
          Wire.Answer answer = Wire.send(request, port);
          check.problem(request, answer).ifPresent(problem -> failures.add(new Failure(request, answer.status(), problem)));
        } catch (IOException | RuntimeException e) {
          failures.add(new Failure(request, -1, "no answer: " + e));
        } finally {
          sent.incrementAndGet();
        }
      }));
    }
    for (Future<?> request : pending) {
      request.get();
    }
    if (!failures.isEmpty()) {
      fail(Seed.reproduce(seed, getClass().getSimpleName()) + "\n" + report(batch.size(), failures));
    }
    assertThat(ValidCreate.answer(server, service).status()).as("a valid create right after the batch").isEqualTo(ValidCreate.successStatus(service));
  }

  /** A request that was not refused as expected. */
  private record Failure(BadRequest request, int status, String problem) {
    String kind() {
      return request.category() + ": expected " + request.expected() + ", got "
          + (status == -1 ? "no answer" : String.valueOf(status));
    }
  }

  /** Failures grouped by what went wrong, with a few examples of each. */
  private static String report(int total, Collection<Failure> failures) {
    Map<String, List<Failure>> byKind = failures.stream()
        .collect(Collectors.groupingBy(Failure::kind, TreeMap::new, Collectors.toList()));
    long serverErrors = failures.stream().filter(f -> f.status() >= 500).count();
    StringBuilder text = new StringBuilder(String.format("%d of %d requests were not refused properly (%d answered 5xx):%n",
        failures.size(), total, serverErrors));
    byKind.forEach((kind, list) -> {
      text.append(String.format("  %dx %s%n", list.size(), kind));
      list.stream().limit(EXAMPLES_PER_KIND).forEach(f ->
          text.append("      ").append(f.request()).append("\n        -> ").append(f.problem()).append('\n'));
    });
    return text.toString();
  }
}
