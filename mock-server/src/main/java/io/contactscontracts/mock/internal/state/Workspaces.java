package io.contactscontracts.mock.internal.state;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The contacts one service has stored, per API key (a workspace), in creation order. Suites that use
 * different keys never see each other's data. Every change runs inside {@link ConcurrentHashMap#compute},
 * which is atomic per key, so concurrent creates and resets neither lose nor duplicate a contact. Contacts
 * are kept as compact JSON bytes, not as trees, to keep memory low under long load runs.
 */
public final class Workspaces {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final ConcurrentHashMap<String, List<byte[]>> byKey = new ConcurrentHashMap<>();

  public void add(String apiKey, JsonNode contact) {
    byte[] json = toBytes(contact);
    byKey.compute(apiKey, (key, contacts) -> {
      List<byte[]> list = contacts == null ? new ArrayList<>() : contacts;
      list.add(json);
      return list;
    });
  }

  /** The workspace's contacts in creation order; empty for an unknown key. */
  public List<JsonNode> contacts(String apiKey) {
    List<byte[]> snapshot = new ArrayList<>();
    byKey.computeIfPresent(apiKey, (key, contacts) -> {
      snapshot.addAll(contacts);
      return contacts;
    });
    return snapshot.stream().map(Workspaces::toTree).toList();
  }

  /** Every workspace, keyed by API key, each in creation order. */
  public Map<String, List<JsonNode>> all() {
    Map<String, List<JsonNode>> all = new LinkedHashMap<>();
    byKey.keySet().stream().sorted().forEach(key -> {
      List<JsonNode> contacts = contacts(key);
      if (!contacts.isEmpty()) {
        all.put(key, contacts);
      }
    });
    return all;
  }

  /** Empties one workspace; returns how many contacts it held. */
  public int clear(String apiKey) {
    List<byte[]> removed = byKey.remove(apiKey);
    return removed == null ? 0 : removed.size();
  }

  /** Empties every workspace; returns how many contacts they held. */
  public int clearAll() {
    int removed = 0;
    for (String key : byKey.keySet()) {
      removed += clear(key);
    }
    return removed;
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
