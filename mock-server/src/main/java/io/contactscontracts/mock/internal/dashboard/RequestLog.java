package io.contactscontracts.mock.internal.dashboard;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.extension.Parameters;
import com.github.tomakehurst.wiremock.extension.ServeEventListener;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Deque;
import java.util.Iterator;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import io.contactscontracts.mock.internal.journal.RecordedExchange;

/**
 * The dashboard's live request log: the last {@value #CAPACITY} requests one service answered, each shown as
 * the page shows it (key masked, reasons derived by {@link CallSummary}) when the page asks for it. Bounded, so
 * a long load run costs nothing but the ring; independent of WireMock's journal, which users may turn off.
 * Requests come from two places: WireMock's serve events (a user's stub answered) and the emulation's own
 * {@link RecordedExchange}s.
 */
public final class RequestLog implements ServeEventListener {
  static final int CAPACITY = 200;
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final Optional<String> keyHeader;
  private final UUID emulationStub;
  private final Deque<Entry> entries = new ArrayDeque<>(CAPACITY);
  private long sequence;

  /**
   * @param keyHeader the header whose value is shown, masked, as the request's key
   * @param emulationStub the id of the stub that stands for the emulation in WireMock's records
   */
  public RequestLog(Optional<String> keyHeader, UUID emulationStub) {
    this.keyHeader = keyHeader;
    this.emulationStub = emulationStub;
  }

  /** Before the answer leaves, so that a client that got its answer finds it in the log. */
  @Override
  public void beforeResponseSent(ServeEvent serveEvent, Parameters parameters) {
    if (serveEvent.getRequest().getUrl().startsWith("/__admin")) {
      return;
    }
    add(() -> serveEvent);
  }

  /** An exchange the emulation answered itself, before the answer leaves. */
  public void add(RecordedExchange exchange) {
    add((Supplier<ServeEvent>) exchange);
  }

  private void add(Supplier<ServeEvent> event) {
    synchronized (entries) {
      if (entries.size() == CAPACITY) {
        entries.removeLast();
      }
      entries.addFirst(new Entry(++sequence, event));
    }
  }

  /** A request in the log; what the page shows of it is worked out only when the page asks. */
  private record Entry(long seq, Supplier<ServeEvent> event) {}

  /** {@code {"latest": n, "events": [...]}}: the entries after sequence number {@code after}, newest first. */
  ObjectNode since(long after) {
    ObjectNode page = NODES.objectNode();
    ArrayNode events = page.putArray("events");
    List<Entry> newer = new ArrayList<>();
    synchronized (entries) {
      page.put("latest", sequence).put("capacity", CAPACITY);
      for (Iterator<Entry> it = entries.iterator(); it.hasNext(); ) {
        Entry entry = it.next();
        if (entry.seq() <= after) {
          break;
        }
        newer.add(entry);
      }
    }
    for (Entry entry : newer) { // summarised outside the lock: requests being answered need it
      events.add(CallSummary.of(entry.event().get(), keyHeader, emulationStub).put("seq", entry.seq()));
    }
    return page;
  }

  @Override
  public String getName() {
    return "contacts-dashboard-request-log";
  }
}
