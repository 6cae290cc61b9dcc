package io.contactscontracts.mock.internal.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import io.contactscontracts.mock.internal.openapi.DeclaredRules.AbsentFields;
import io.contactscontracts.mock.internal.openapi.DeclaredRules.ErrorStyle;
import io.contactscontracts.mock.internal.openapi.DeclaredRules.IdFormat;
import io.contactscontracts.mock.internal.openapi.DeclaredRules.Named;
import io.contactscontracts.mock.internal.openapi.DeclaredRules.StoredResource;
import io.contactscontracts.mock.internal.openapi.DeclaredRules.TimestampFormat;
import io.contactscontracts.specs.SpecFacts;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Schema;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads a spec's {@value DeclaredRules#EXTENSION} extension and checks it against the spec's schemas, so a
 * mistake fails start-up with the file, the JSON pointer and what is allowed, instead of a field that is
 * silently never filled in.
 *
 * <p>Any value may be written plainly ({@code bodyLimitBytes: 1024}) or as {@code {value: …, x-inferred: …}}
 * to say it is a guess; {@code x-}keys such as {@code x-inferred} may stand in every mapping and are not
 * rules. Unknown keys are refused: a typo must not silently fall back to a default.
 *
 * <p>Hand-written rather than a JSON Schema of the extension: every message must also name fields the
 * spec's own schemas lack, which a schema of the extension alone cannot know.
 */
public final class DeclaredRulesReader {
  private static final String ROOT = "/" + DeclaredRules.EXTENSION;
  private static final int DEFAULT_BODY_LIMIT = 1024 * 1024;
  private static final int MAX_BODY_LIMIT = 64 * 1024 * 1024;

  private final String source;
  private final SpecModel spec;

  private DeclaredRulesReader(String source, SpecModel spec) {
    this.source = source;
    this.spec = spec;
  }

  /**
   * The declared rules of a spec.
   *
   * @param source where the spec comes from, named in every message
   * @param tree the spec as a JSON tree (with the extension as written)
   * @param spec the same spec, parsed, to check the named fields against
   * @param facts the same spec's facts (key prefixes)
   * @throws InvalidSpecException naming the file, the pointer and what is allowed
   */
  public static DeclaredRules read(String source, JsonNode tree, SpecModel spec, SpecFacts facts) {
    return new DeclaredRulesReader(source, spec).read(tree.path(DeclaredRules.EXTENSION), facts);
  }

  private DeclaredRules read(JsonNode extension, SpecFacts facts) {
    if (!extension.isObject()) {
      throw fail(ROOT, "is missing; declare at least errorStyle (" + allowed(ErrorStyle.values()) + ")");
    }
    onlyKeys(extension, ROOT, "errorStyle", "bodyLimitBytes", "jsonSuffixMediaTypes", "absentFields", "storedResource");
    JsonNode style = value(extension.path("errorStyle"));
    if (style.isMissingNode()) {
      throw fail(ROOT + "/errorStyle", "is missing; allowed: " + allowed(ErrorStyle.values()));
    }
    ErrorStyle errorStyle = named(style, ROOT + "/errorStyle", ErrorStyle.values(), "error style");
    int bodyLimit = integer(extension.path("bodyLimitBytes"), ROOT + "/bodyLimitBytes", DEFAULT_BODY_LIMIT, 1,
        MAX_BODY_LIMIT);
    boolean jsonSuffix = bool(extension.path("jsonSuffixMediaTypes"), ROOT + "/jsonSuffixMediaTypes", false);
    JsonNode absent = value(extension.path("absentFields"));
    AbsentFields absentFields = absent.isMissingNode() ? AbsentFields.OMIT
        : named(absent, ROOT + "/absentFields", AbsentFields.values(), "absent-field style");
    Optional<StoredResource> resource = extension.has("storedResource")
        ? Optional.of(storedResource(extension.get("storedResource"), ROOT + "/storedResource"))
        : Optional.empty();
    return new DeclaredRules(errorStyle, bodyLimit, jsonSuffix, absentFields, facts.keyPrefixes(), resource);
  }

  private StoredResource storedResource(JsonNode node, String at) {
    onlyKeys(node, at, "operations", "pointer", "id", "timestamps", "serverValues", "derived", "phoneNormalisation");
    List<String> operations = strings(node.path("operations"), at + "/operations");
    if (operations.isEmpty()) {
      throw fail(at + "/operations", "is missing or empty; name the operationIds that store what they create");
    }
    String pointer = text(value(node.path("pointer")), at + "/pointer", "");
    if (!pointer.isEmpty() && !pointer.startsWith("/")) {
      throw fail(at + "/pointer", "'" + pointer + "' is not a JSON pointer; write \"\" for the whole body or e.g. /data/client");
    }
    Map<String, Schema<?>> resources = new LinkedHashMap<>();
    for (int i = 0; i < operations.size(); i++) {
      String id = operations.get(i);
      Operation operation = spec.operation(id).orElseThrow(() -> fail(at + "/operations", "'" + id
          + "' is not an operationId of the spec; it has " + spec.operationIds()));
      Schema<?> resource = spec.resourceSchema(operation, pointer).orElseThrow(() -> fail(at + "/pointer", "'"
          + pointer + "' leads to no object schema in the success response of " + id));
      resources.put(id, resource);
    }
    Fields fields = new Fields(resources);

    JsonNode id = node.path("id");
    onlyKeys(id, at + "/id", "field", "format");
    String idField = fields.check(text(value(id.path("field")), at + "/id/field", null), at + "/id/field");
    JsonNode format = value(id.path("format"));
    if (format.isMissingNode()) {
      throw fail(at + "/id/format", "is missing; allowed: " + allowed(IdFormat.values()));
    }
    IdFormat idFormat = named(format, at + "/id/format", IdFormat.values(), "id format");

    JsonNode timestamps = node.path("timestamps");
    onlyKeys(timestamps, at + "/timestamps", "fields", "format");
    List<String> timestampFields = fields.checkAll(strings(timestamps.path("fields"), at + "/timestamps/fields"),
        at + "/timestamps/fields");
    JsonNode timeFormat = value(timestamps.path("format"));
    TimestampFormat timestampFormat = timeFormat.isMissingNode() ? TimestampFormat.ISO_UTC_SECONDS
        : named(timeFormat, at + "/timestamps/format", TimestampFormat.values(), "timestamp format");

    Map<String, JsonNode> serverValues = new LinkedHashMap<>();
    entries(node.path("serverValues"), at + "/serverValues").forEach((field, value) ->
        serverValues.put(fields.check(field, at + "/serverValues/" + field), value(value)));

    Map<String, List<String>> derived = new LinkedHashMap<>();
    entries(node.path("derived"), at + "/derived").forEach((field, rule) -> {
      String where = at + "/derived/" + field;
      onlyKeys(rule, where, "join");
      List<String> sources = fields.checkAll(strings(rule.path("join"), where + "/join"), where + "/join");
      if (sources.isEmpty()) {
        throw fail(where + "/join", "is missing; name the fields joined by a space, e.g. [firstName, lastName]");
      }
      derived.put(fields.check(field, where), sources);
    });

    JsonNode phone = node.path("phoneNormalisation");
    onlyKeys(phone, at + "/phoneNormalisation", "fields", "regionField");
    Set<String> phoneFields = new LinkedHashSet<>(fields.checkAll(
        strings(phone.path("fields"), at + "/phoneNormalisation/fields"), at + "/phoneNormalisation/fields"));
    Optional<String> region = Optional.ofNullable(text(value(phone.path("regionField")),
        at + "/phoneNormalisation/regionField", null));
    region.ifPresent(field -> operations.forEach(op -> {
      if (!spec.requestProperties(spec.operation(op).orElseThrow()).contains(field)) {
        throw fail(at + "/phoneNormalisation/regionField", "names '" + field + "', which the request schema of "
            + op + " does not have; it has " + spec.requestProperties(spec.operation(op).orElseThrow()));
      }
    }));
    return new StoredResource(Set.copyOf(operations), pointer, idField, idFormat, timestampFields, timestampFormat,
        serverValues, derived, phoneFields, region);
  }

  /** The resource schemas' properties, to check every field a rule names. */
  private final class Fields {
    private final Map<String, Schema<?>> resources;

    Fields(Map<String, Schema<?>> resources) {
      this.resources = resources;
    }

    String check(String field, String at) {
      if (field == null) {
        throw fail(at, "is missing; name a field of the resource");
      }
      resources.forEach((operation, schema) -> {
        Set<String> known = schema.getProperties() == null ? Set.of() : schema.getProperties().keySet();
        if (!known.contains(field)) {
          throw fail(at, "names '" + field + "', which the resource of " + operation + " does not have; it has "
              + known);
        }
      });
      return field;
    }

    List<String> checkAll(List<String> names, String at) {
      for (int i = 0; i < names.size(); i++) {
        check(names.get(i), at + "/" + i);
      }
      return names;
    }
  }

  /** {@code {value: X, x-inferred: …}} is X; a plain value is itself. */
  private JsonNode value(JsonNode node) {
    if (node.isObject() && node.has("value")) {
      return node.get("value");
    }
    return node;
  }

  private void onlyKeys(JsonNode node, String at, String... allowed) {
    if (node.isMissingNode()) {
      return;
    }
    if (!node.isObject()) {
      throw fail(at, "must be a mapping with " + String.join(", ", allowed));
    }
    Set<String> keys = Set.of(allowed);
    node.fieldNames().forEachRemaining(key -> {
      if (!keys.contains(key) && !key.startsWith("x-")) {
        throw fail(at + "/" + key, "is not a rule here; allowed: " + String.join(", ", allowed)
            + " (and x- keys such as x-inferred)");
      }
    });
  }

  private Map<String, JsonNode> entries(JsonNode node, String at) {
    Map<String, JsonNode> entries = new LinkedHashMap<>();
    if (node.isMissingNode()) {
      return entries;
    }
    if (!node.isObject()) {
      throw fail(at, "must be a mapping of field names");
    }
    Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> field = fields.next();
      if (!field.getKey().startsWith("x-")) {
        entries.put(field.getKey(), field.getValue());
      }
    }
    return entries;
  }

  private List<String> strings(JsonNode node, String at) {
    JsonNode list = value(node);
    List<String> values = new ArrayList<>();
    if (list.isMissingNode()) {
      return values;
    }
    if (!list.isArray()) {
      throw fail(at, "must be a list of names, e.g. [a, b]");
    }
    for (int i = 0; i < list.size(); i++) {
      values.add(text(list.get(i), at + "/" + i, null));
    }
    return values;
  }

  private String text(JsonNode node, String at, String otherwise) {
    if (node.isMissingNode() || node.isNull()) {
      return otherwise;
    }
    if (!node.isTextual()) {
      throw fail(at, "must be text, got " + node);
    }
    return node.asText();
  }

  private int integer(JsonNode node, String at, int otherwise, int min, int max) {
    JsonNode number = value(node);
    if (number.isMissingNode()) {
      return otherwise;
    }
    if (!number.canConvertToInt() || !number.isIntegralNumber() || number.asInt() < min || number.asInt() > max) {
      throw fail(at, number + " is not allowed; give a whole number from " + min + " to " + max);
    }
    return number.asInt();
  }

  private boolean bool(JsonNode node, String at, boolean otherwise) {
    JsonNode flag = value(node);
    if (flag.isMissingNode()) {
      return otherwise;
    }
    if (!flag.isBoolean()) {
      throw fail(at, flag + " is not allowed; write true or false");
    }
    return flag.asBoolean();
  }

  private <E extends Enum<E> & Named> E named(JsonNode node, String at, E[] values, String what) {
    String name = node.asText();
    return Arrays.stream(values).filter(v -> v.yamlName().equals(name)).findFirst()
        .orElseThrow(() -> fail(at, "'" + name + "' is not a known " + what + "; allowed: " + allowed(values)));
  }

  private static String allowed(Named[] values) {
    return Arrays.stream(values).map(Named::yamlName).collect(Collectors.joining(", "));
  }

  private InvalidSpecException fail(String pointer, String problem) {
    return new InvalidSpecException(source + ": " + pointer + " " + problem);
  }
}
