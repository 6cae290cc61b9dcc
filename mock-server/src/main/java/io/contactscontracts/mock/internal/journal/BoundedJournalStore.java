package io.contactscontracts.mock.internal.journal;

import com.github.tomakehurst.wiremock.common.FileSource;
import com.github.tomakehurst.wiremock.store.DefaultStores;
import com.github.tomakehurst.wiremock.store.RequestJournalStore;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * A request journal that keeps at most its capacity, dropping the oldest request as it adds one.
 *
 * <p>WireMock enforces {@code maxRequestJournalEntries} by counting the whole journal after every request
 * (a stream over all entries): at the default 100 entries that showed as 5 to 9 % of a request's samples in a
 * profile, at 1000 as a third of the server's CPU. Bounding in the store itself costs the same for any size.
 * Give WireMock no bound of its own when using it.
 *
 * <p>It keeps two kinds of entry: WireMock's own serve events (requests a user's stub answered) and
 * {@link RecordedExchange}s (requests the emulation answered before WireMock), made into serve events only
 * when read, so {@code /__admin/requests} and {@code verify} see both alike.
 */
public final class BoundedJournalStore implements RequestJournalStore {
  private final int capacity;
  /** Oldest first; guarded by {@code this}. Critical sections are O(1) except on reads of the whole journal. */
  private final LinkedHashMap<UUID, Supplier<ServeEvent>> events = new LinkedHashMap<>();

  public BoundedJournalStore(int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be 1 or more, got " + capacity);
    }
    this.capacity = capacity;
  }

  /** WireMock's default stores with this journal in place of its own. */
  public static DefaultStores storesWith(FileSource filesRoot, int capacity) {
    BoundedJournalStore journal = new BoundedJournalStore(capacity);
    return new DefaultStores(filesRoot) {
      @Override
      public RequestJournalStore getRequestJournalStore() {
        return journal;
      }
    };
  }

  @Override
  public void add(ServeEvent event) {
    add(event.getId(), () -> event);
  }

  /** Adds an exchange the emulation answered itself. */
  public void add(RecordedExchange exchange) {
    add(exchange.id(), exchange);
  }

  private synchronized void add(UUID id, Supplier<ServeEvent> entry) {
    events.put(id, entry);
    if (events.size() > capacity) {
      removeLast();
    }
  }

  /** Newest first, as WireMock's own store returns them; a snapshot, so callers may take their time. */
  @Override
  public Stream<ServeEvent> getAll() {
    List<Supplier<ServeEvent>> snapshot;
    synchronized (this) {
      snapshot = new ArrayList<>(events.values());
    }
    Collections.reverse(snapshot);
    return snapshot.stream().map(Supplier::get);
  }

  /** Drops the oldest entry (WireMock's name: its deque keeps the newest first). */
  @Override
  public synchronized void removeLast() {
    Iterator<UUID> oldest = events.keySet().iterator();
    if (oldest.hasNext()) {
      oldest.next();
      oldest.remove();
    }
  }

  @Override
  public Stream<UUID> getAllKeys() {
    List<UUID> keys;
    synchronized (this) {
      keys = new ArrayList<>(events.keySet());
    }
    Collections.reverse(keys);
    return keys.stream();
  }

  @Override
  public Optional<ServeEvent> get(UUID id) {
    Supplier<ServeEvent> entry;
    synchronized (this) {
      entry = events.get(id);
    }
    return Optional.ofNullable(entry).map(Supplier::get);
  }

  /** Replaces an entry still in the journal (WireMock updates events after the response); never adds one. */
  @Override
  public synchronized void put(UUID id, ServeEvent event) {
    events.computeIfPresent(id, (key, old) -> () -> event);
  }

  @Override
  public synchronized void remove(UUID id) {
    events.remove(id);
  }

  @Override
  public synchronized void clear() {
    events.clear();
  }

  public synchronized int size() {
    return events.size();
  }
}
