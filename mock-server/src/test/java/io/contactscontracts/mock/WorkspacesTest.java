package io.contactscontracts.mock;

import io.contactscontracts.mock.junit.ContactsMockExtension;

import static io.contactscontracts.mock.Http.json;
import static io.contactscontracts.mock.Http.post;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Contacts are kept per service per API key; the admin API and the Java API list and reset them. */
class WorkspacesTest {
  private static final String ALICE = "kej_test_alice";
  private static final String BOB = "kej_test_bob";
  private static final String CAROL = "rcp_carol";

  @RegisterExtension
  static ContactsMockExtension mock = ContactsMockExtension.randomPorts();

  private static JsonNode createKejue(String key, String firstName) {
    HttpResponse<String> response = post(mock.kejueBaseUrl() + "/contacts", "{\"first_name\":\"" + firstName + "\"}",
        "X-API-Key", key);
    assertThat(response.statusCode()).isEqualTo(200);
    return json(response);
  }

  private static JsonNode createRecepta(String key, String firstName) {
    HttpResponse<String> response = post(mock.receptaBaseUrl() + "/api/contacts",
        "{\"firstName\":\"" + firstName + "\"}", "x-api-key", key);
    assertThat(response.statusCode()).isEqualTo(201);
    return json(response).at("/data/client");
  }

  @Test
  void keysNeverSeeEachOthersContacts(ContactsMockServer server) {
    createKejue(ALICE, "A1");
    createKejue(BOB, "B1");
    createKejue(ALICE, "A2");
    createRecepta(CAROL, "C1");

    assertThat(server.contacts(MockService.KEJUE, ALICE)).extracting(c -> c.get("first_name").asText())
        .containsExactly("A1", "A2");
    assertThat(server.contacts(MockService.KEJUE, BOB)).extracting(c -> c.get("first_name").asText())
        .containsExactly("B1");
    assertThat(server.contacts(MockService.RECEPTA, CAROL)).hasSize(1);
    assertThat(server.contacts(MockService.KEJUE, CAROL)).isEmpty();
    assertThat(server.workspaces(MockService.KEJUE)).containsOnlyKeys(ALICE, BOB);
  }

  @Test
  void adminListsOneWorkspaceByQueryOrKeyHeader() {
    JsonNode created = createKejue(ALICE, "A1");
    createKejue(BOB, "B1");

    JsonNode byQuery = json(Http.get(adminContacts(MockService.KEJUE) + "?apiKey=" + ALICE));
    JsonNode byHeader = json(Http.get(adminContacts(MockService.KEJUE), "X-API-Key", ALICE));

    assertThat(byQuery.get("service").asText()).isEqualTo("kejue");
    assertThat(byQuery.get("count").asInt()).isEqualTo(1);
    assertThat(byQuery.get("contacts").get(0)).isEqualTo(created);
    assertThat(byHeader).isEqualTo(byQuery);
  }

  @Test
  void adminListsEveryWorkspaceWithoutAKey() {
    createKejue(ALICE, "A1");
    createKejue(BOB, "B1");
    createKejue(BOB, "B2");

    JsonNode all = json(Http.get(adminContacts(MockService.KEJUE)));

    assertThat(all.get("workspaces")).hasSize(2);
    assertThat(all.get("workspaces").findValuesAsText("apiKey")).containsExactly(ALICE, BOB);
    assertThat(all.get("workspaces").get(1).get("count").asInt()).isEqualTo(2);
  }

  @Test
  void adminDeletesOneWorkspaceOrAll(ContactsMockServer server) {
    createKejue(ALICE, "A1");
    createKejue(BOB, "B1");
    createRecepta(CAROL, "C1");

    JsonNode one = json(Http.delete(adminContacts(MockService.KEJUE) + "?apiKey=" + ALICE));
    assertThat(one.get("deleted").asInt()).isEqualTo(1);
    assertThat(server.contacts(MockService.KEJUE, ALICE)).isEmpty();
    assertThat(server.contacts(MockService.KEJUE, BOB)).hasSize(1);

    JsonNode all = json(Http.delete(adminContacts(MockService.KEJUE)));
    assertThat(all.get("deleted").asInt()).isEqualTo(1);
    assertThat(server.workspaces(MockService.KEJUE)).isEmpty();
    assertThat(server.contacts(MockService.RECEPTA, CAROL)).as("the other service keeps its own").hasSize(1);
  }

  @Test
  void receptaHasItsOwnAdminEndpointOnItsPort() {
    JsonNode created = createRecepta(CAROL, "C1");

    JsonNode listed = json(Http.get(adminContacts(MockService.RECEPTA), "x-api-key", CAROL));

    assertThat(listed.get("service").asText()).isEqualTo("recepta");
    assertThat(listed.get("contacts")).containsExactly(created);
  }

  @Test
  void javaApiResetsOneWorkspaceOrAll(ContactsMockServer server) {
    createKejue(ALICE, "A1");
    createKejue(BOB, "B1");
    createRecepta(CAROL, "C1");

    server.reset(MockService.KEJUE, ALICE);
    assertThat(server.contacts(MockService.KEJUE, ALICE)).isEmpty();
    assertThat(server.contacts(MockService.KEJUE, BOB)).hasSize(1);

    server.reset();
    assertThat(server.workspaces(MockService.KEJUE)).isEmpty();
    assertThat(server.workspaces(MockService.RECEPTA)).isEmpty();
  }

  @Test
  void concurrentCreatesAreNeitherLostNorDuplicated(ContactsMockServer server) throws Exception {
    int threads = 8;
    int perThread = 40;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    List<Future<List<String>>> futures = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      String key = t % 2 == 0 ? ALICE : BOB;
      int thread = t;
      futures.add(pool.submit(() -> {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < perThread; i++) {
          ids.add(createKejue(key, "t" + thread + "-" + i).get("id").asText());
        }
        return ids;
      }));
    }
    Set<String> returned = new HashSet<>();
    for (Future<List<String>> future : futures) {
      returned.addAll(future.get());
    }
    pool.shutdown();

    List<JsonNode> stored = new ArrayList<>(server.contacts(MockService.KEJUE, ALICE));
    stored.addAll(server.contacts(MockService.KEJUE, BOB));
    assertThat(returned).hasSize(threads * perThread);
    assertThat(stored).hasSize(threads * perThread);
    assertThat(stored.stream().map(c -> c.get("id").asText()).collect(Collectors.toSet())).isEqualTo(returned);
    // each thread's contacts keep their creation order within the workspace
    List<String> firstThread = server.contacts(MockService.KEJUE, ALICE).stream()
        .map(c -> c.get("first_name").asText()).filter(n -> n.startsWith("t0-")).collect(Collectors.toList());
    assertThat(firstThread).isEqualTo(java.util.stream.IntStream.range(0, perThread).mapToObj(i -> "t0-" + i)
        .collect(Collectors.toList()));
  }

  private static String adminContacts(MockService service) {
    return mock.server().adminUrl(service) + "/contacts";
  }
}
