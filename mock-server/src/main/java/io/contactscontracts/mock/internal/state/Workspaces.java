package io.contactscontracts.mock.internal.state;


import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The contacts one service has stored, per API key (a workspace), in creation order, within a memory budget.
 * Suites that use different keys never see each other's data.
 *
 * <p><b>Budget.</b> The store keeps at most {@code maxBytes} of contacts, counted as their compact JSON plus
 * {@value #ENTRY_OVERHEAD_BYTES} bytes of bookkeeping each: bytes rather than a number of contacts because one
 * contact may be anything from 200 bytes to the service's body limit (1 MiB), and the heap runs out of bytes.
 * <b>Policy when full</b>: a create makes room by dropping the oldest contacts of its own workspace, so a load
 * test flooding one key never takes another suite's data; only a workspace with nothing older to drop takes
 * from the workspace holding the most, again oldest first. Dropped contacts are counted per workspace
 * ({@link Page#evicted()}), so every create is accounted for: stored + evicted = created (until the workspace
 * is emptied). The first drop from a workspace is logged once at WARN.
 *
 * <p>Contacts are kept as the JSON bytes written once at creation, so listing them needs no parsing. One lock
 * guards the store: every operation under it is O(1) but a listing, which is O(offset + limit).
 */
public final class Workspaces {
  /** Array header, deque slot and padding of one stored contact, on a 64-bit JVM with compressed pointers. */
  static final int ENTRY_OVERHEAD_BYTES = 32;

  private static final Logger LOG = LoggerFactory.getLogger(Workspaces.class);
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final String serviceName;
  private final long maxBytes;
  private final Map<String, Workspace> byKey = new HashMap<>();
  private long storedBytes;

  /** One API key's contacts and counters. */
  private static final class Workspace {
    final ArrayDeque<byte[]> contacts = new ArrayDeque<>();
    long bytes;
    long evicted;
    boolean warned;
  }

  /**
   * One page of a workspace.
   *
   * @param count contacts stored now
   * @param evicted contacts dropped to keep within the budget since the workspace was last emptied
   * @param contacts the page's contacts as JSON, creation order
   */
  public record Page(int count, long evicted, List<byte[]> contacts) {}

  /**
   * @param serviceName for log lines, e.g. {@code Kejue}
   * @param maxBytes the budget, at least 1
   */
  public Workspaces(String serviceName, long maxBytes) {
    if (maxBytes < 1) {
      throw new IllegalArgumentException("The store's budget must be at least 1 byte, got " + maxBytes);
    }
    this.serviceName = serviceName;
    this.maxBytes = maxBytes;
  }

  public long maxBytes() {
    return maxBytes;
  }

  /** Bytes the stored contacts count for against the budget. */
  public synchronized long storedBytes() {
    return storedBytes;
  }

  public void add(String apiKey, JsonNode contact) {
    add(apiKey, toBytes(contact));
  }

  /** Stores a contact given as its JSON; the array is kept as is and must not change afterwards. */
  public synchronized void add(String apiKey, byte[] json) {
    long cost = cost(json);
    Workspace own = byKey.computeIfAbsent(apiKey, key -> new Workspace());
    while (storedBytes + cost > maxBytes) {
      Map.Entry<String, Workspace> victim = !own.contacts.isEmpty() ? Map.entry(apiKey, own) : largest();
      if (victim == null) {
        break; // the store is empty: a contact larger than the whole budget is still kept, alone
      }
      evictOldest(victim.getKey(), victim.getValue());
    }
    own.contacts.addLast(json);
    own.bytes += cost;
    storedBytes += cost;
  }

  private void evictOldest(String apiKey, Workspace workspace) {
    long cost = cost(workspace.contacts.removeFirst());
    workspace.bytes -= cost;
    storedBytes -= cost;
    workspace.evicted++;
    if (!workspace.warned) {
      workspace.warned = true;
      LOG.warn("{} store full ({} of contacts): dropping the oldest contacts of workspace {} to keep new ones; "
              + "the admin API counts them as 'evicted'. Empty workspaces between tests (DELETE /__admin/contacts) "
              + "or raise --max-stored-mb.", serviceName, budget(), ApiKeys.mask(apiKey));
    }
  }

  private String budget() {
    long mib = 1024 * 1024;
    return maxBytes % mib == 0 ? maxBytes / mib + " MB" : maxBytes + " bytes";
  }

  private Map.Entry<String, Workspace> largest() {
    Map.Entry<String, Workspace> largest = null;
    for (Map.Entry<String, Workspace> entry : byKey.entrySet()) {
      if (!entry.getValue().contacts.isEmpty()
          && (largest == null || entry.getValue().bytes > largest.getValue().bytes)) {
        largest = entry;
      }
    }
    return largest;
  }

  /**
   * Up to {@code limit} contacts of a workspace from position {@code offset} (0 = oldest kept), with its counts;
   * only the page is copied, never the whole workspace.
   */
  public synchronized Page page(String apiKey, long offset, int limit) {
    Workspace workspace = byKey.get(apiKey);
    if (workspace == null) {
      return new Page(0, 0, List.of());
    }
    int size = workspace.contacts.size();
    List<byte[]> page = new ArrayList<>(offset >= size ? 0 : (int) Math.min(limit, size - offset));
    if (offset < size) {
      Iterator<byte[]> it = workspace.contacts.iterator();
      for (long skipped = 0; skipped < offset; skipped++) {
        it.next();
      }
      while (it.hasNext() && page.size() < limit) {
        page.add(it.next());
      }
    }
    return new Page(size, workspace.evicted, page);
  }

  /** API keys of the workspaces that hold or have dropped contacts, sorted. */
  public synchronized List<String> keys() {
    return byKey.entrySet().stream()
        .filter(e -> !e.getValue().contacts.isEmpty() || e.getValue().evicted > 0)
        .map(Map.Entry::getKey)
        .sorted()
        .toList();
  }

  /** The workspace's contacts in creation order; empty for an unknown key. */
  public List<JsonNode> contacts(String apiKey) {
    return page(apiKey, 0, Integer.MAX_VALUE).contacts().stream().map(Workspaces::toTree).toList();
  }

  /** Every workspace that holds contacts, keyed by API key, each in creation order. */
  public Map<String, List<JsonNode>> all() {
    Map<String, List<JsonNode>> all = new LinkedHashMap<>();
    for (String key : keys()) {
      List<JsonNode> contacts = contacts(key);
      if (!contacts.isEmpty()) {
        all.put(key, contacts);
      }
    }
    return all;
  }

  /**
   * What emptying took away: the contacts held, and those evicted since the workspaces were last emptied, so that
   * whoever counts creates can account for every one of them (created = deleted + evicted), atomically.
   */
  public record Cleared(int deleted, long evicted) {}

  /** Empties one workspace (its evicted count too). */
  public synchronized Cleared clear(String apiKey) {
    Workspace removed = byKey.remove(apiKey);
    if (removed == null) {
      return new Cleared(0, 0);
    }
    storedBytes -= removed.bytes;
    return new Cleared(removed.contacts.size(), removed.evicted);
  }

  /** Empties every workspace. */
  public synchronized Cleared clearAll() {
    int deleted = byKey.values().stream().mapToInt(w -> w.contacts.size()).sum();
    long evicted = byKey.values().stream().mapToLong(w -> w.evicted).sum();
    byKey.clear();
    storedBytes = 0;
    return new Cleared(deleted, evicted);
  }

  private static long cost(byte[] json) {
    return json.length + (long) ENTRY_OVERHEAD_BYTES;
  }

  private static byte[] toBytes(JsonNode contact) {
    try {
      return MAPPER.writeValueAsBytes(contact);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JsonNode toTree(byte[] json) {
    try {
      return MAPPER.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
