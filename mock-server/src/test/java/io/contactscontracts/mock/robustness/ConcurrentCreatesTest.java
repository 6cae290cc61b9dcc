package io.contactscontracts.mock.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.contactscontracts.kejue.KejueClient;
import io.contactscontracts.kejue.model.ContactCreate;
import io.contactscontracts.mock.ContactsMockServer;
import io.contactscontracts.mock.MockService;
import io.contactscontracts.recepta.ReceptaClient;
import io.contactscontracts.recepta.model.ContactCreateRequest;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/**
 * 32 threads create 10,000 contacts at once through the generated clients, half on keys all threads share,
 * half on each thread's own key, on both services: every create gets a distinct id, and each workspace then
 * holds exactly the contacts created in it (by the Java API and the admin endpoint), none lost or duplicated,
 * each thread's own contacts in the order it created them.
 */
class ConcurrentCreatesTest {
  private static final int THREADS = 32;
  private static final int CREATES = 10_000;
  private static final int SHARED_KEYS_PER_SERVICE = 3;
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient ADMIN = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  /** One create that succeeded: where it went and the id the service gave it. */
  private record Created(MockService service, String key, String id) {}

  /** A client for one key of one service; clients on shared keys are shared by all threads. */
  private record KeyedClient(MockService service, String key, Function<String, String> create) {}

  @Test
  void concurrentCreatesAreNeitherLostNorDuplicated() throws Exception {
    // responses unchecked against the spec: that is the bad-input suite's job, and it halves the server's work
    try (ContactsMockServer server = ContactsMockServer.builder().randomPorts().validateResponses(false).build().start()) {
      List<KeyedClient> shared = new ArrayList<>();
      for (MockService service : MockService.values()) {
        for (int k = 0; k < SHARED_KEYS_PER_SERVICE; k++) {
          shared.add(client(server, service, key(service, "shared" + k)));
        }
      }
      Map<Integer, List<KeyedClient>> own = new ConcurrentHashMap<>();
      for (int t = 0; t < THREADS; t++) {
        List<KeyedClient> mine = new ArrayList<>();
        for (MockService service : MockService.values()) {
          mine.add(client(server, service, key(service, "thread" + t)));
        }
        own.put(t, mine);
      }
      Queue<Created> created = new ConcurrentLinkedQueue<>();
      Map<String, List<String>> ownOrder = new ConcurrentHashMap<>();
      CountDownLatch start = new CountDownLatch(1);
      ExecutorService pool = Executors.newFixedThreadPool(THREADS);
      try {
        List<Future<?>> threads = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
          int thread = t;
          Random random = new Random(t);
          threads.add(pool.submit(() -> {
            start.await();
            for (int i = thread; i < CREATES; i += THREADS) {
              KeyedClient client = random.nextBoolean() ? shared.get(random.nextInt(shared.size()))
                  : own.get(thread).get(random.nextInt(MockService.values().length));
              String id = client.create().apply("t" + thread + "-" + i);
              created.add(new Created(client.service(), client.key(), id));
              if (client.key().contains("thread")) {
                ownOrder.computeIfAbsent(client.service() + client.key(), k -> new ArrayList<>()).add(id);
              }
            }
            return null;
          }));
        }
        start.countDown();
        for (Future<?> thread : threads) {
          thread.get();
        }
      } finally {
        pool.shutdownNow();
      }

      assertThat(created).hasSize(CREATES);
      assertThat(created.stream().map(c -> c.service() + "/" + c.id()).collect(Collectors.toSet()))
          .as("every create got its own id").hasSize(CREATES);
      Map<MockService, Map<String, Set<String>>> expected = created.stream().collect(Collectors.groupingBy(
          Created::service, Collectors.groupingBy(Created::key, Collectors.mapping(Created::id, Collectors.toSet()))));
      for (MockService service : MockService.values()) {
        Map<String, List<JsonNode>> workspaces = server.workspaces(service);
        assertThat(workspaces.keySet()).as("%s workspaces", service).isEqualTo(expected.get(service).keySet());
        expected.get(service).forEach((key, ids) -> {
          List<String> stored = ids(server.contacts(service, key));
          assertThat(stored).as("%s %s by the Java API", service, key).hasSize(ids.size()).containsExactlyInAnyOrderElementsOf(ids);
          assertThat(adminIds(server, service, key)).as("%s %s by the admin endpoint", service, key).isEqualTo(stored);
          if (key.contains("thread")) {
            assertThat(stored).as("%s %s in creation order", service, key).isEqualTo(ownOrder.get(service + key));
          }
        });
      }
      assertThat(server.responseValidationFailures()).isEmpty();
    }
  }

  private static String key(MockService service, String suffix) {
    return service.sampleApiKey() + "_" + suffix;
  }

  private static KeyedClient client(ContactsMockServer server, MockService service, String key) {
    if (service == MockService.KEJUE) {
      KejueClient kejue = KejueClient.builder().apiKey(key).baseUrl(server.kejueBaseUrl()).maxRetries(0).build();
      return new KeyedClient(service, key, name -> kejue.contacts().createContact(new ContactCreate().firstName(name)).getId());
    }
    ReceptaClient recepta = ReceptaClient.builder().apiKey(key).baseUrl(server.receptaBaseUrl()).maxRetries(0).build();
    return new KeyedClient(service, key, name ->
        recepta.contacts().createContact(new ContactCreateRequest().firstName(name)).getData().getClient().getId());
  }

  private static List<String> ids(Iterable<JsonNode> contacts) {
    return StreamSupport.stream(contacts.spliterator(), false).map(c -> c.get("id").asText()).collect(Collectors.toList());
  }

  /** Every id the admin endpoint lists for the workspace, page by page (1000 at most per page). */
  private static List<String> adminIds(ContactsMockServer server, MockService service, String key) {
    try {
      List<String> ids = new ArrayList<>();
      int total;
      do {
        HttpResponse<String> response = ADMIN.send(HttpRequest.newBuilder(URI.create(server.adminUrl(service)
                + "/contacts?limit=1000&offset=" + ids.size() + "&apiKey=" + URLEncoder.encode(key, StandardCharsets.UTF_8)))
            .build(), HttpResponse.BodyHandlers.ofString());
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.get("count").asInt()).isEqualTo(body.get("contacts").size());
        assertThat(body.get("evicted").asInt()).as("nothing dropped by the store's budget").isZero();
        total = body.get("total").asInt();
        ids.addAll(ids(body.get("contacts")));
      } while (ids.size() < total);
      return ids;
    } catch (Exception e) {
      throw new AssertionError("admin endpoint of " + service + " failed", e);
    }
  }
}
