package io.contactscontracts.mock.internal.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The store's memory budget: oldest first within the workspace that grows, and every create accounted for. */
class WorkspacesBudgetTest {
  /** 68 bytes of JSON: 100 bytes with the bookkeeping the budget counts for each contact. */
  private static final int CONTACT_COST = 100;

  private static byte[] contact(int n) {
    String json = String.format("{\"n\":%08d,\"pad\":\"%s\"}", n, "x".repeat(68 - 23));
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    assertThat(bytes.length + Workspaces.ENTRY_OVERHEAD_BYTES).isEqualTo(CONTACT_COST);
    return bytes;
  }

  private static List<Integer> numbers(Workspaces store, String key) {
    return store.page(key, 0, Integer.MAX_VALUE).contacts().stream()
        .map(json -> Integer.parseInt(new String(json, StandardCharsets.UTF_8).substring(5, 13))).toList();
  }

  @Test
  void aFullWorkspaceDropsItsOldestContactsAndCountsThem() {
    Workspaces store = new Workspaces("Kejue", 10 * CONTACT_COST);
    for (int n = 0; n < 25; n++) {
      store.add("kej_test_a", contact(n));
    }

    Workspaces.Page page = store.page("kej_test_a", 0, 100);
    assertThat(page.count()).isEqualTo(10);
    assertThat(page.evicted()).isEqualTo(15);
    assertThat(numbers(store, "kej_test_a")).containsExactly(15, 16, 17, 18, 19, 20, 21, 22, 23, 24);
    assertThat(store.storedBytes()).isEqualTo(10 * CONTACT_COST);
  }

  @Test
  void floodingOneKeyNeverTakesAnotherWorkspacesContacts() {
    Workspaces store = new Workspaces("Kejue", 10 * CONTACT_COST);
    for (int n = 0; n < 4; n++) {
      store.add("kej_test_quiet", contact(n));
    }
    for (int n = 100; n < 200; n++) {
      store.add("kej_test_flood", contact(n));
    }

    assertThat(numbers(store, "kej_test_quiet")).containsExactly(0, 1, 2, 3);
    assertThat(store.page("kej_test_quiet", 0, 10).evicted()).isZero();
    Workspaces.Page flood = store.page("kej_test_flood", 0, 10);
    assertThat(flood.count()).isEqualTo(6);
    assertThat(flood.count() + flood.evicted()).isEqualTo(100);
  }

  @Test
  void aNewWorkspaceInAFullStoreTakesFromTheLargestOldestFirst() {
    Workspaces store = new Workspaces("Recepta", 10 * CONTACT_COST);
    for (int n = 0; n < 3; n++) {
      store.add("rcp_small", contact(n));
    }
    for (int n = 10; n < 17; n++) {
      store.add("rcp_large", contact(n));
    }

    store.add("rcp_new", contact(99));

    assertThat(numbers(store, "rcp_large")).containsExactly(11, 12, 13, 14, 15, 16);
    assertThat(store.page("rcp_large", 0, 10).evicted()).isEqualTo(1);
    assertThat(numbers(store, "rcp_small")).containsExactly(0, 1, 2);
    assertThat(numbers(store, "rcp_new")).containsExactly(99);
    assertThat(store.keys()).containsExactly("rcp_large", "rcp_new", "rcp_small");
  }

  @Test
  void aWorkspaceWhoseContactsWereAllDroppedStillShowsItsCount() {
    Workspaces store = new Workspaces("Kejue", 2 * CONTACT_COST);
    store.add("kej_test_a", contact(1));
    store.add("kej_test_b", contact(2));
    store.add("kej_test_b", contact(3));
    store.add("kej_test_c", contact(4)); // b is the largest: its oldest goes
    store.add("kej_test_d", contact(5)); // now a, b and c hold one each; the first found largest gives one

    long stored = store.keys().stream().mapToLong(k -> store.page(k, 0, 10).count()).sum();
    long evicted = store.keys().stream().mapToLong(k -> store.page(k, 0, 10).evicted()).sum();
    assertThat(stored).isEqualTo(2);
    assertThat(stored + evicted).isEqualTo(5);
  }

  @Test
  void emptyingAWorkspaceFreesItsBudgetAndResetsItsCounts() {
    Workspaces store = new Workspaces("Kejue", 5 * CONTACT_COST);
    for (int n = 0; n < 8; n++) {
      store.add("kej_test_a", contact(n));
    }

    assertThat(store.clear("kej_test_a")).as("what was held, and what the budget dropped before")
        .isEqualTo(new Workspaces.Cleared(5, 3));
    assertThat(store.storedBytes()).isZero();
    assertThat(store.page("kej_test_a", 0, 10)).isEqualTo(new Workspaces.Page(0, 0, List.of()));
    assertThat(store.keys()).isEmpty();
    store.add("kej_test_a", contact(100));
    assertThat(store.page("kej_test_a", 0, 10).evicted()).isZero();
  }

  @Test
  void aContactLargerThanTheWholeBudgetIsKeptAlone() {
    Workspaces store = new Workspaces("Kejue", CONTACT_COST / 2);
    store.add("kej_test_a", contact(1));
    store.add("kej_test_a", contact(2));

    assertThat(numbers(store, "kej_test_a")).containsExactly(2);
    assertThat(store.page("kej_test_a", 0, 1).evicted()).isEqualTo(1);
  }

  @Test
  void pagesAreSlicesInCreationOrder() {
    Workspaces store = new Workspaces("Kejue", 1000 * CONTACT_COST);
    for (int n = 0; n < 25; n++) {
      store.add("kej_test_a", contact(n));
    }

    assertThat(store.page("kej_test_a", 10, 5).contacts()).hasSize(5);
    assertThat(new String(store.page("kej_test_a", 10, 5).contacts().get(0), StandardCharsets.UTF_8))
        .contains("00000010");
    assertThat(store.page("kej_test_a", 20, 100).contacts()).hasSize(5);
    assertThat(store.page("kej_test_a", 25, 100).contacts()).isEmpty();
    assertThat(store.page("kej_test_a", 1_000_000, 100).count()).isEqualTo(25);
  }

  @Test
  void concurrentCreatesOverTheBudgetAreAllAccountedFor() throws Exception {
    Workspaces store = new Workspaces("Kejue", 500 * CONTACT_COST);
    int threads = 8;
    int perThread = 5_000;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    List<Future<?>> done = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      String key = "kej_test_" + (t % 3);
      int base = t * perThread;
      done.add(pool.submit(() -> {
        for (int i = 0; i < perThread; i++) {
          store.add(key, contact(base + i));
        }
      }));
    }
    for (Future<?> future : done) {
      future.get();
    }
    pool.shutdown();

    long stored = 0;
    long evicted = 0;
    for (String key : store.keys()) {
      Workspaces.Page page = store.page(key, 0, 0);
      stored += page.count();
      evicted += page.evicted();
    }
    assertThat(stored + evicted).isEqualTo((long) threads * perThread);
    assertThat(stored).isEqualTo(500);
    assertThat(store.storedBytes()).isEqualTo(500L * CONTACT_COST);
  }

  @Test
  void aBudgetBelowOneByteIsRefused() {
    assertThatThrownBy(() -> new Workspaces("Kejue", 0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least 1");
  }
}
