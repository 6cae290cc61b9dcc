package io.contactscontracts.mock.internal.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.http.ImmutableRequest;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class BoundedJournalStoreTest {
  private final BoundedJournalStore journal = new BoundedJournalStore(3);

  @Test
  void keepsTheNewestEntriesNewestFirst() {
    ServeEvent[] events = IntStream.range(0, 5).mapToObj(i -> event()).toArray(ServeEvent[]::new);
    for (ServeEvent event : events) {
      journal.add(event);
    }

    assertThat(journal.getAll()).containsExactly(events[4], events[3], events[2]);
    assertThat(journal.getAllKeys()).containsExactly(events[4].getId(), events[3].getId(), events[2].getId());
    assertThat(journal.get(events[0].getId())).isEmpty();
  }

  @Test
  void removeLastDropsTheOldest() {
    ServeEvent older = event();
    ServeEvent newer = event();
    journal.add(older);
    journal.add(newer);

    journal.removeLast();

    assertThat(journal.getAll()).containsExactly(newer);
  }

  @Test
  void putReplacesAnEntryButNeverAddsOne() {
    ServeEvent kept = event();
    journal.add(kept);
    ServeEvent replacement = event();

    journal.put(kept.getId(), replacement);
    journal.put(UUID.randomUUID(), event());

    assertThat(journal.get(kept.getId())).containsSame(replacement);
    assertThat(journal.size()).isEqualTo(1);
  }

  @Test
  void removeAndClear() {
    ServeEvent first = event();
    ServeEvent second = event();
    journal.add(first);
    journal.add(second);

    journal.remove(first.getId());
    assertThat(journal.getAll()).containsExactly(second);
    journal.clear();
    assertThat(journal.getAll()).isEmpty();
  }

  @Test
  void aSnapshotIsNotDisturbedByLaterRequests() {
    journal.add(event());
    var snapshot = journal.getAll();
    journal.add(event());

    assertThat(snapshot).hasSize(1);
  }

  @Test
  void refusesAJournalThatKeepsNothing() {
    assertThatThrownBy(() -> new BoundedJournalStore(0)).hasMessageContaining("1 or more");
  }

  private static ServeEvent event() {
    return ServeEvent.of(LoggedRequest.createFrom(
        ImmutableRequest.create().withAbsoluteUrl("http://localhost/x").withMethod(RequestMethod.GET).build()));
  }
}
