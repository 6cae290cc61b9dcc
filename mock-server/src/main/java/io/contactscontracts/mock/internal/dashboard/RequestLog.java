package io.contactscontracts.mock.internal.dashboard;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.extension.Parameters;
import com.github.tomakehurst.wiremock.extension.ServeEventListener;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.Optional;

/**
 * The dashboard's live request log: the last {@value #CAPACITY} requests one service answered, each as
 * the page shows it (key masked, reasons derived by {@link CallSummary}). Bounded, so a long load run costs
 * nothing but the ring; independent of WireMock's journal, which users may turn off.
 */
public final class RequestLog implements ServeEventListener {
  static final int CAPACITY = 200;
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final Optional<String> keyHeader;
  private final Deque<ObjectNode> entries = new ArrayDeque<>(CAPACITY);
  private long sequence;

  public RequestLog(Optional<String> keyHeader) {
    this.keyHeader = keyHeader;
  }

  /** Before the answer leaves, so that a client that got its answer finds it in the log. */
  @Override
  public void beforeResponseSent(ServeEvent serveEvent, Parameters parameters) {
    if (serveEvent.getRequest().getUrl().startsWith("/__admin")) {
      return;
    }
    ObjectNode entry = CallSummary.of(serveEvent, keyHeader);
    synchronized (entries) {
      entry.put("seq", ++sequence);
      if (entries.size() == CAPACITY) {
        entries.removeLast();
      }
      entries.addFirst(entry);
    }
  }

  /** {@code {"latest": n, "events": [...]}}: the entries after sequence number {@code after}, newest first. */
  ObjectNode since(long after) {
    ObjectNode page = NODES.objectNode();
    ArrayNode events = page.putArray("events");
    synchronized (entries) {
      page.put("latest", sequence).put("capacity", CAPACITY);
      for (Iterator<ObjectNode> it = entries.iterator(); it.hasNext(); ) {
        ObjectNode entry = it.next();
        if (entry.get("seq").asLong() <= after) {
          break;
        }
        events.add(entry.deepCopy());
      }
    }
    return page;
  }

  @Override
  public String getName() {
    return "contacts-dashboard-request-log";
  }
}
