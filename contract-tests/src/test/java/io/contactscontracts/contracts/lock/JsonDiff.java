package io.contactscontracts.contracts.lock;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Lists where two canonical pacts differ, one line per difference, with a readable location such as
 * {@code interactions["a request to … | …"].response.status}. Interactions are paired by
 * {@link PactJson#identity}, so an added or removed interaction is reported as such, not as a cascade of
 * shifted array elements.
 */
final class JsonDiff {

  private final List<String> differences = new ArrayList<>();

  private JsonDiff() {}

  static List<String> between(JsonNode locked, JsonNode generated) {
    JsonDiff diff = new JsonDiff();
    diff.compareObjects("", locked, generated);
    return diff.differences;
  }

  private void compare(String at, JsonNode locked, JsonNode generated) {
    if (locked.equals(generated)) {
      return;
    }
    if (locked.isObject() && generated.isObject()) {
      compareObjects(at, locked, generated);
    } else if (locked.isArray() && generated.isArray() && locked.size() == generated.size()) {
      for (int i = 0; i < locked.size(); i++) {
        compare(at + "[" + i + "]", locked.get(i), generated.get(i));
      }
    } else {
      differences.add(at + ": committed " + locked + ", generated " + generated);
    }
  }

  private void compareObjects(String at, JsonNode locked, JsonNode generated) {
    TreeSet<String> names = new TreeSet<>();
    locked.fieldNames().forEachRemaining(names::add);
    generated.fieldNames().forEachRemaining(names::add);
    for (String name : names) {
      String path = at.isEmpty() ? name : at + "." + name;
      if (!generated.has(name)) {
        differences.add(path + ": only in the committed pact: " + locked.get(name));
      } else if (!locked.has(name)) {
        differences.add(path + ": only in the generated pact: " + generated.get(name));
      } else if (at.isEmpty() && "interactions".equals(name)) {
        compareInteractions(locked.get(name), generated.get(name));
      } else {
        compare(path, locked.get(name), generated.get(name));
      }
    }
  }

  private void compareInteractions(JsonNode locked, JsonNode generated) {
    Map<String, JsonNode> lockedById = byIdentity(locked);
    Map<String, JsonNode> generatedById = byIdentity(generated);
    for (Map.Entry<String, JsonNode> entry : lockedById.entrySet()) {
      String at = "interactions[\"" + entry.getKey() + "\"]";
      JsonNode counterpart = generatedById.get(entry.getKey());
      if (counterpart == null) {
        differences.add(at + ": removed (only in the committed pact)");
      } else {
        compare(at, entry.getValue(), counterpart);
      }
    }
    for (String id : generatedById.keySet()) {
      if (!lockedById.containsKey(id)) {
        differences.add("interactions[\"" + id + "\"]: added (only in the generated pact)");
      }
    }
  }

  private static Map<String, JsonNode> byIdentity(JsonNode interactions) {
    Map<String, JsonNode> byId = new LinkedHashMap<>();
    for (Iterator<JsonNode> it = interactions.elements(); it.hasNext(); ) {
      JsonNode interaction = it.next();
      byId.put(PactJson.identity(interaction), interaction);
    }
    return byId;
  }
}
