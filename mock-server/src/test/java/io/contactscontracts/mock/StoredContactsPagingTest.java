package io.contactscontracts.mock;

import static io.contactscontracts.mock.Http.json;
import static io.contactscontracts.mock.Http.post;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The admin listing pages through a workspace ({@code limit}, {@code offset}) with its counts, refuses bad
 * paging parameters with a 400 that says what is allowed, and shows what the store's budget dropped.
 */
class StoredContactsPagingTest {
  private static final String KEY = "kej_test_pages";
  /** Room for some 20 Kejue contacts, so that the budget is reached within a test. */
  private static final long SMALL_BUDGET = 20 * 560;

  private static ContactsMockServer server;

  @BeforeAll
  static void start() {
    server = ContactsMockServer.builder().randomPorts().maxStoredBytes(SMALL_BUDGET).build().start();
  }

  @AfterAll
  static void stop() {
    server.stop();
  }

  @BeforeEach
  void empty() {
    server.reset();
  }

  private static void create(String key, int n) {
    HttpResponse<String> response = post(server.kejueBaseUrl() + "/contacts", "{\"first_name\":\"N" + n + "\"}",
        "X-API-Key", key);
    assertThat(response.statusCode()).isEqualTo(200);
  }

  private static JsonNode list(String query) {
    HttpResponse<String> response = Http.get(server.adminUrl(MockService.KEJUE) + "/contacts" + query);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return json(response);
  }

  private static List<String> firstNames(JsonNode listing) {
    List<String> names = new ArrayList<>();
    listing.get("contacts").forEach(c -> names.add(c.get("first_name").asText()));
    return names;
  }

  @Test
  void aPageIsASliceInCreationOrderWithTheWorkspacesTotal() {
    for (int n = 0; n < 12; n++) {
      create(KEY, n);
    }

    JsonNode page = list("?apiKey=" + KEY + "&limit=5&offset=10");

    assertThat(page.get("total").asInt()).isEqualTo(12);
    assertThat(page.get("count").asInt()).isEqualTo(2);
    assertThat(page.get("evicted").asInt()).isZero();
    assertThat(page.get("offset").asInt()).isEqualTo(10);
    assertThat(page.get("limit").asInt()).isEqualTo(5);
    assertThat(firstNames(page)).containsExactly("N10", "N11");
    assertThat(firstNames(list("?apiKey=" + KEY))).hasSize(12).startsWith("N0", "N1");
    assertThat(list("?apiKey=" + KEY + "&limit=0").get("contacts")).isEmpty();
    assertThat(list("?apiKey=" + KEY + "&offset=50").get("total").asInt()).isEqualTo(12);
  }

  @Test
  void everyWorkspaceIsPagedTheSameWay() {
    for (int n = 0; n < 4; n++) {
      create("kej_test_one", n);
      create("kej_test_two", n);
    }

    JsonNode all = list("?limit=1&offset=3");

    assertThat(all.get("workspaces").findValuesAsText("apiKey")).containsExactly("kej_test_one", "kej_test_two");
    for (JsonNode workspace : all.get("workspaces")) {
      assertThat(workspace.get("total").asInt()).isEqualTo(4);
      assertThat(firstNames(workspace)).containsExactly("N3");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"limit=1001", "limit=-1", "limit=ten", "limit=", "limit=1.5", "offset=-3", "offset=x",
      "offset=99999999999999999999", "limit=5&limit=6"})
  void badPagingParametersAre400AndSayWhatIsAllowed(String query) {
    HttpResponse<String> response = Http.get(server.adminUrl(MockService.KEJUE) + "/contacts?apiKey=" + KEY + "&"
        + query);

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
    String parameter = query.substring(0, query.indexOf('='));
    assertThat(json(response).get("mock_error").asText()).startsWith(parameter + " must be a whole number from 0 to ");
  }

  @Test
  void contactsDroppedByTheBudgetAreCountedSoEveryCreateIsAccountedFor() {
    int created = 60;
    for (int n = 0; n < created; n++) {
      create(KEY, n);
    }
    create("kej_test_other", 0);

    JsonNode page = list("?apiKey=" + KEY + "&limit=1000");

    int total = page.get("total").asInt();
    assertThat(total).isPositive().isLessThan(created);
    assertThat(total + page.get("evicted").asInt()).isEqualTo(created);
    // the newest are kept, in order
    assertThat(firstNames(page)).endsWith("N" + (created - 1)).hasSize(total);
    assertThat(firstNames(page).get(0)).isEqualTo("N" + (created - total));
    assertThat(server.contacts(MockService.KEJUE, KEY)).hasSize(total);
    // a DELETE empties the workspace and its count of dropped contacts, and says how many of each it took away
    JsonNode deleted = json(Http.delete(server.adminUrl(MockService.KEJUE) + "/contacts?apiKey=" + KEY));
    assertThat(deleted.get("deleted").asInt()).isEqualTo(total);
    assertThat(deleted.get("deleted").asInt() + deleted.get("evicted").asInt()).isEqualTo(created);
    assertThat(list("?apiKey=" + KEY).get("evicted").asInt()).isZero();
  }
}
