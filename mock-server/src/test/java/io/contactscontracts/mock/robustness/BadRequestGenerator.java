package io.contactscontracts.mock.robustness;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.contactscontracts.mock.MockService;
import io.contactscontracts.mock.robustness.JsonValues.JsonType;
import io.contactscontracts.mock.robustness.SpecFacts.JsonOperation;
import io.swagger.v3.oas.models.media.Schema;
import java.io.ByteArrayOutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Bad requests generated from one service's spec with a seeded {@link Random}: every property of every JSON
 * request schema gets a value of each JSON type it does not accept, enums get values outside them, and the
 * body, headers, path and method are broken in the ways clients and proxies break them. The same seed gives
 * the same requests.
 */
final class BadRequestGenerator {
  /** Longer than either service's body limit (Kejue 1 MiB, Recepta 100 kB; see the README). */
  static final int OVERSIZE_CHARS = 1024 * 1024 + 1024;
  /** The issue's "10 MB body". */
  static final int HUGE_BODY_BYTES = 10 * 1024 * 1024;
  /** Deeper than any JSON parser's default limit (Jackson 1000, Python's recursion limit 1000). */
  static final int DEEP_NESTING = 100_000;

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final ObjectMapper STRICT = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final String UTF8_MARKER = "@@not-utf-8@@";

  /** Byte sequences that are not UTF-8: bad start bytes, overlong forms, surrogates, truncations. */
  private static final List<byte[]> INVALID_UTF8 = List.of(
      bytes(0xFF), bytes(0xFE, 0xFF), bytes(0xC0, 0xAF), bytes(0xC3, 0x28), bytes(0xA0, 0xA1), bytes(0xE2, 0x82),
      bytes(0xED, 0xA0, 0x80), bytes(0xF4, 0x90, 0x80, 0x80), bytes(0xF8, 0x88, 0x80, 0x80, 0x80), bytes(0x80));

  /** Media types no JSON body parser reads: neither {@code application/json} nor {@code application/*+json}. */
  private static final List<String> NOT_JSON = List.of(
      "text/plain", "text/plain; charset=utf-8", "text/json", "text/html", "application/xml",
      "application/octet-stream", "application/x-www-form-urlencoded", "application/jsonp", "application/json-seq",
      "application/x-json", "application/javascript", "multipart/form-data; boundary=xyz", "multipart/form-data",
      "multipart/mixed", "image/png", "json", "application", "application/", "/json", "*/*", "application/*",
      "x/y/z", ";", "text/plain; charset=nope");

  /** Methods clients send besides the declared ones; the custom ones are valid HTTP tokens. */
  private static final List<String> OTHER_METHODS = List.of(
      "GET", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS", "TRACE", "PROPFIND", "BREW", "FOO");

  private final SpecFacts spec;
  private final JsonValues values;
  private final String key;

  BadRequestGenerator(SpecFacts spec, long seed, String key) {
    this.spec = spec;
    this.values = new JsonValues(new Random(seed ^ spec.service.ordinal() * 0x9E3779B97F4A7C15L));
    this.key = key;
  }

  /** The cheap categories, generated afresh (new random values) on each call. */
  List<BadRequest> round() {
    List<BadRequest> all = new ArrayList<>();
    for (JsonOperation operation : spec.operations) {
      List<BadRequest> wrongTypes = wrongTypes(operation);
      all.addAll(wrongTypes);
      all.addAll(withGarbageQueries(wrongTypes));
      all.addAll(invalidEnums(operation));
      all.addAll(unpairedSurrogates(operation));
      all.addAll(malformedJson(operation));
      all.addAll(invalidUtf8(operation));
      all.addAll(contentTypes(operation));
      all.addAll(apiKeys(operation));
    }
    all.addAll(unknownPaths());
    all.addAll(undeclaredMethods());
    return all;
  }

  /** The expensive categories (megabytes per request), generated once per run. */
  List<BadRequest> heavy() {
    List<BadRequest> all = new ArrayList<>();
    for (JsonOperation operation : spec.operations) {
      all.addAll(oversizeStrings(operation));
      all.addAll(deepNesting(operation));
      all.addAll(hugeBodies(operation));
    }
    return all;
  }

  // ---- body content -------------------------------------------------------------------------------------

  /** For every property (and array item) of the request schema, a value of every JSON type it rejects. */
  List<BadRequest> wrongTypes(JsonOperation operation) {
    List<BadRequest> cases = new ArrayList<>();
    for (Location location : locations(operation.requestSchema)) {
      for (JsonType type : JsonType.values()) {
        if (JsonValues.accepts(location.schema, type)) {
          continue;
        }
        JsonNode wrong = values.ofType(type);
        ObjectNode body = with(base(operation), location, wrong);
        String category = type == JsonType.NULL ? "null-not-nullable" : "wrong-type";
        cases.add(post(operation, json(body)).expect(category,
            location + " = " + abbreviate(wrong.toString()) + " (" + type.name().toLowerCase(Locale.ROOT)
                + ", expected " + JsonValues.typeOf(location.schema) + ")",
            operation.validationStatus()));
      }
    }
    return cases;
  }

  /** For every enum, values outside it: other words, other case, padded, empty. */
  List<BadRequest> invalidEnums(JsonOperation operation) {
    List<BadRequest> cases = new ArrayList<>();
    for (Location location : locations(operation.requestSchema)) {
      List<?> allowed = location.schema.getEnum();
      if (allowed == null || allowed.isEmpty() || !"string".equals(JsonValues.typeOf(location.schema))) {
        continue;
      }
      String member = String.valueOf(values.pick(allowed));
      List<String> candidates = List.of(member.toLowerCase(Locale.ROOT), member.toUpperCase(Locale.ROOT),
          " " + member, member + " ", member + "X", "", values.text(10) + "-unknown");
      for (String candidate : candidates) {
        if (allowed.stream().map(String::valueOf).anyMatch(candidate::equals)) {
          continue;
        }
        ObjectNode body = with(base(operation), location, NODES.textNode(candidate));
        cases.add(post(operation, json(body)).expect("invalid-enum",
            location + " = \"" + candidate + "\" (allowed " + allowed + ")", operation.validationStatus()));
      }
    }
    return cases;
  }

  /**
   * For every string property (and property names), half of a UTF-16 surrogate pair written as a JSON
   * escape: valid JSON syntax, but not text.
   */
  List<BadRequest> unpairedSurrogates(JsonOperation operation) {
    List<BadRequest> cases = new ArrayList<>();
    for (Location location : locations(operation.requestSchema)) {
      if (!"string".equals(JsonValues.typeOf(location.schema)) || location.schema.getEnum() != null) {
        continue;
      }
      String escape = values.pick(List.of("\\ud800", "\\udfff", "\\ud83d", "\\ude00\\ud83d"));
      String body = new String(json(with(base(operation), location, NODES.textNode("Ada" + UTF8_MARKER))),
          StandardCharsets.UTF_8).replace(UTF8_MARKER, escape);
      cases.add(post(operation, body).expect("unpaired-surrogate", location + " = \"Ada" + escape + "\"",
          operation.validationStatus()));
    }
    ObjectNode named = base(operation);
    named.put(UTF8_MARKER, "Ada");
    cases.add(post(operation, new String(json(named), StandardCharsets.UTF_8).replace(UTF8_MARKER, "k\\udc00"))
        .expect("unpaired-surrogate", "a property name ends in \\udc00", operation.validationStatus()));
    return cases;
  }

  /**
   * Some of the given requests again, with a query string the services ignore but a strict parser fails on
   * (malformed escapes, invalid UTF-8): the answer must not change.
   */
  List<BadRequest> withGarbageQueries(List<BadRequest> requests) {
    List<BadRequest> cases = new ArrayList<>();
    for (BadRequest request : requests) {
      if (values.nextInt(4) != 0) {
        continue;
      }
      String query = values.pick(List.of("a=%zz", "%", "a=%E0%A4", "=&&=", "a=1&a=2&%C0%AF=x", "x=" + segment() + "%"));
      BadRequest.Draft draft = BadRequest.to(request.method(), request.path() + "?" + query).body(request.body()).raw();
      request.headers().forEach(h -> draft.header(h[0], h[1]));
      cases.add(draft.expect("query-garbage", request.description() + " with query ?" + query,
          request.expected().toArray(Integer[]::new)));
    }
    return cases;
  }

  /** For every string property, a value longer than the spec's maxLength, or else longer than the body limit. */
  List<BadRequest> oversizeStrings(JsonOperation operation) {
    List<BadRequest> cases = new ArrayList<>();
    for (Location location : locations(operation.requestSchema)) {
      if (!"string".equals(JsonValues.typeOf(location.schema)) || location.schema.getEnum() != null) {
        continue;
      }
      Integer maxLength = location.schema.getMaxLength();
      int length = maxLength == null ? OVERSIZE_CHARS : maxLength + 1;
      ObjectNode body = with(base(operation), location, NODES.textNode("x".repeat(length)));
      cases.add(post(operation, json(body)).expect("oversize-string",
          location + " = " + length + " characters" + (maxLength == null ? " (over the body limit)" : ""),
          maxLength == null ? operation.declaredStatus(413) : operation.validationStatus()));
    }
    return cases;
  }

  /** Bodies that are not JSON: truncated, trailing garbage, broken syntax, corrupted structure, not an object. */
  List<BadRequest> malformedJson(JsonOperation operation) {
    List<BadRequest> cases = new ArrayList<>();
    Consumer<String> add = text -> {
      if (!isJson(text)) {
        cases.add(post(operation, text.getBytes(StandardCharsets.UTF_8)).expect("malformed-json",
            "not JSON: " + abbreviate(text), operation.validationStatus()));
      }
    };
    String full = MAPPER.valueToTree(full(operation)).toString();
    for (int i = 0; i < 6; i++) {
      add.accept(full.substring(0, 1 + values.nextInt(full.length() - 1)));
    }
    for (String garbage : List.of("x", "}", "]", ",", "{}", "[]", "null", ";", "\u0000", "\"", "{", values.text(5) + "!")) {
      add.accept(full + garbage);
    }
    String name = values.pick(propertyNames(operation));
    for (String broken : List.of("{'%s':'Ada'}", "{%s:\"Ada\"}", "{\"%s\":\"Ada\",}", "{\"%s\":NaN}",
        "{\"%s\":Infinity}", "{\"%s\":-Infinity}", "{\"%s\":01}", "{\"%s\":.5}", "{\"%s\":+1}", "{\"%s\":-}",
        "{\"%s\":\"Ada\"}//comment", "/*c*/{\"%s\":\"Ada\"}", "{\"%s\":\"\\x41\"}", "{\"%s\":\"a\u0001b\"}",
        "{\"%s\":\"unterminated}", "{\"%s\" \"Ada\"}", "{\"%s\":tru}", "{\"%s\":nul}", "{,}", "{\"%s\":1 \"b\":2}",
        "{\"%s\":[1,2}", "{\"%s\":{\"a\":1]}", "{\"%s\":\"\\uZZZZ\"}", "{\"%s\":\"\\ud83d\\u\"}")) {
      add.accept(String.format(broken, name));
    }
    List<Integer> structural = structuralPositions(full);
    for (int i = 0; i < 6; i++) {
      int at = values.pick(structural);
      add.accept(full.substring(0, at) + values.pick(List.of("x", "#", "=", ";", "@")) + full.substring(at + 1));
    }
    // JSON, but not the object the schema asks for
    for (String notAnObject : List.of("[]", "[" + full + "]", "\"" + values.text(8).replace("\"", "").replace("\\", "") + "\"",
        "42", "-1.5", "true", "false", "null", "[[]]")) {
      cases.add(post(operation, notAnObject.getBytes(StandardCharsets.UTF_8)).expect("not-an-object",
          "top-level " + abbreviate(notAnObject), operation.validationStatus()));
    }
    cases.add(post(operation, new byte[0]).expect("malformed-json", "empty body", operation.validationStatus()));
    cases.add(post(operation, "   \n\t ".getBytes(StandardCharsets.UTF_8)).expect("malformed-json", "whitespace body",
        operation.validationStatus()));
    return cases;
  }

  /** Nesting far deeper than parsers allow, at the top and inside a property. */
  List<BadRequest> deepNesting(JsonOperation operation) {
    List<BadRequest> cases = new ArrayList<>();
    String arrays = "[".repeat(DEEP_NESTING) + "]".repeat(DEEP_NESTING);
    String objects = "{\"a\":".repeat(DEEP_NESTING) + "1" + "}".repeat(DEEP_NESTING);
    String name = values.pick(propertyNames(operation));
    // 200 kB and more: over a small body limit (Recepta's 100 kB) the service answers 413 before parsing
    Integer[] status = {operation.validationStatus(), operation.declaredStatus(413)};
    cases.add(post(operation, arrays).expect("deep-nesting", DEEP_NESTING + " nested arrays", status));
    cases.add(post(operation, objects).expect("deep-nesting", DEEP_NESTING + " nested objects", status));
    cases.add(post(operation, "{\"" + name + "\":" + arrays + "}").expect("deep-nesting",
        DEEP_NESTING + " nested arrays in " + name, status));
    cases.add(post(operation, "[".repeat(DEEP_NESTING)).expect("deep-nesting", DEEP_NESTING + " unclosed arrays", status));
    return cases;
  }

  /** Bytes that are not UTF-8 inside a string value or a property name. */
  List<BadRequest> invalidUtf8(JsonOperation operation) {
    List<BadRequest> cases = new ArrayList<>();
    List<Location> strings = locations(operation.requestSchema).stream()
        .filter(l -> "string".equals(JsonValues.typeOf(l.schema)) && l.schema.getEnum() == null)
        .toList();
    for (byte[] invalid : INVALID_UTF8) {
      Location location = values.pick(strings);
      byte[] inValue = replaceMarker(json(with(base(operation), location, NODES.textNode("Ada" + UTF8_MARKER))), invalid);
      cases.add(post(operation, inValue).expect("invalid-utf-8",
          location + " contains bytes " + hex(invalid), operation.validationStatus()));
      ObjectNode named = base(operation);
      named.put(UTF8_MARKER, "Ada");
      cases.add(post(operation, replaceMarker(json(named), invalid)).expect("invalid-utf-8",
          "a property name contains bytes " + hex(invalid), operation.validationStatus()));
    }
    return cases;
  }

  // ---- headers, path, method, size ---------------------------------------------------------------------

  /** A valid body without a Content-Type, with a blank one, or with one that is not JSON. */
  List<BadRequest> contentTypes(JsonOperation operation) {
    List<BadRequest> cases = new ArrayList<>();
    byte[] body = json(base(operation));
    int status = operation.validationStatus();
    cases.add(BadRequest.to(operation.method, operation.path).header(spec.keyHeader, key).body(body)
        .expect("content-type", "no Content-Type", status));
    cases.add(BadRequest.to(operation.method, operation.path).header(spec.keyHeader, key).header("Content-Type", " ")
        .body(body).raw().expect("content-type", "blank Content-Type", status));
    for (String type : NOT_JSON) {
      cases.add(post(operation, body).header("Content-Type", type).expect("content-type", "Content-Type: " + type, status));
    }
    String name = values.pick(propertyNames(operation));
    for (String[] form : new String[][] {
        {"application/x-www-form-urlencoded", name + "=Ada"},
        {"application/x-www-form-urlencoded", name + "=%zz"},
        {"application/x-www-form-urlencoded; charset=nope", name + "=Ada"},
        {"multipart/form-data; boundary=xyz", "--xyz\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\nAda\r\n--xyz--\r\n"},
        {"multipart/form-data; boundary=xyz", "not multipart at all"},
        {"multipart/form-data", "--xyz\r\n\r\nAda\r\n--xyz--\r\n"}}) {
      cases.add(post(operation, form[1].getBytes(StandardCharsets.UTF_8)).header("Content-Type", form[0])
          .expect("content-type", "Content-Type: " + form[0] + " with a form body", status));
    }
    return cases;
  }

  /** The key left out, blank, of the wrong format or absurdly long. */
  List<BadRequest> apiKeys(JsonOperation operation) {
    List<BadRequest> cases = new ArrayList<>();
    byte[] body = json(base(operation));
    int status = operation.declaredStatus(401);
    String prefix = spec.service.sampleApiKey().substring(0, spec.service.sampleApiKey().lastIndexOf('_') + 1);
    String other = Arrays.stream(MockService.values()).filter(s -> s != spec.service).findFirst()
        .map(MockService::sampleApiKey).orElse("other_key");
    cases.add(post(operation, body).header(spec.keyHeader, null).expect("api-key", "no key header", status));
    for (String blank : List.of("", " ", "\t")) {
      cases.add(post(operation, body).header(spec.keyHeader, blank).raw()
          .expect("api-key", "key \"" + blank + "\"", status));
    }
    for (String wrong : List.of(prefix, prefix.toUpperCase(Locale.ROOT) + "abc", other, "Bearer " + key,
        values.text(12).replaceAll("[^a-z]", "") + "_" + values.nextInt(1000), key.substring(1),
        key + " " + key, prefix + "x".repeat(2048), prefix + "a\u00e9b")) {
      cases.add(post(operation, body).header(spec.keyHeader, wrong).raw()
          .expect("api-key", "key " + abbreviate(wrong), status));
    }
    // raw: java.net.http loses an answer that arrives, with the connection closing, while it still sends
    cases.add(post(operation, body).header(spec.keyHeader, prefix + "x".repeat(64 * 1024)).raw()
        .expect("api-key", "a 64 KiB key (more than the server reads in headers)", 431));
    return cases;
  }

  /** Paths the spec does not have, and request targets that are not valid URIs. */
  List<BadRequest> unknownPaths() {
    List<BadRequest> cases = new ArrayList<>();
    JsonOperation operation = spec.operations.get(0);
    byte[] body = json(base(operation));
    List<String> paths = new ArrayList<>(List.of("/", spec.basePath, spec.basePath + "/" + segment(),
        "/" + segment(), "/" + segment() + "/" + segment(), operation.path + "/" + segment(),
        operation.path.toUpperCase(Locale.ROOT), spec.basePath + "/v2" + operation.path.substring(spec.basePath.length()),
        operation.path.replace(spec.basePath, ""), operation.path + "s"));
    for (String path : paths) {
      for (String method : List.of(operation.method, "GET")) {
        cases.add(BadRequest.to(method, path).header(spec.keyHeader, key).header("Content-Type", "application/json")
            .body(method.equals("GET") ? new byte[0] : body).expect("unknown-path", method + " " + path, 404));
      }
    }
    for (String target : List.of(spec.basePath + "/%2F", operation.path + "%2F" + segment(),
        spec.basePath + "/\u00ff" + segment(), spec.basePath + "/" + segment() + "%C3%A9", spec.basePath + "/%C0%AF")) {
      cases.add(BadRequest.to(operation.method, target).header(spec.keyHeader, key).header("Content-Type", "application/json")
          .body(body).raw().expect("unknown-path", "request target " + target, 404));
    }
    for (String target : List.of(spec.basePath + "/%zz", spec.basePath + "/%", spec.basePath + "/%00",
        operation.path + "%00", spec.basePath + "/a b")) {
      cases.add(BadRequest.to(operation.method, target).header(spec.keyHeader, key).header("Content-Type", "application/json")
          .body(body).raw().expect("bad-target", "request target " + target, 400));
    }
    cases.add(BadRequest.to(operation.method, operation.path + "/" + "a".repeat(64 * 1024)).header(spec.keyHeader, key)
        .header("Content-Type", "application/json").body(body).raw().expect("bad-target", "a 64 KiB request target", 414));
    return cases;
  }

  /** Every method the spec does not declare on each of its paths, with HEAD and OPTIONS among them. */
  List<BadRequest> undeclaredMethods() {
    List<BadRequest> cases = new ArrayList<>();
    for (Map.Entry<String, Set<String>> path : spec.declaredMethods().entrySet()) {
      for (String method : OTHER_METHODS) {
        if (path.getValue().contains(method)) {
          continue;
        }
        boolean withBody = !Set.of("GET", "HEAD", "OPTIONS", "TRACE").contains(method);
        BadRequest.Draft draft = BadRequest.to(method, path.getKey()).header(spec.keyHeader, key);
        if (withBody) {
          draft.header("Content-Type", "application/json").body(json(base(spec.operations.get(0))));
        }
        cases.add(draft.expect("method", method + " " + path.getKey(), 405));
      }
    }
    return cases;
  }

  /** 10 MB bodies with a Content-Length, and streamed (chunked) without one. */
  List<BadRequest> hugeBodies(JsonOperation operation) {
    String name = values.pick(propertyNames(operation));
    byte[] body = ("{\"" + name + "\":\"" + "x".repeat(HUGE_BODY_BYTES) + "\"}").getBytes(StandardCharsets.US_ASCII);
    int status = operation.declaredStatus(413);
    return List.of(
        post(operation, body).expect("huge-body", "a 10 MB body with Content-Length", status),
        post(operation, body).header("Transfer-Encoding", "chunked").raw()
            .expect("huge-body", "a 10 MB chunked body", status));
  }

  // ---- helpers ------------------------------------------------------------------------------------------

  /** Where a value can go: a property, or the first item of an array. */
  record Location(List<Object> path, Schema<?> schema) {
    @Override
    public String toString() {
      StringBuilder text = new StringBuilder("body");
      path.forEach(segment -> text.append(segment instanceof Integer ? "[" + segment + "]" : "." + segment));
      return text.toString();
    }
  }

  /** Every property of the schema, recursively, and the item of each array. */
  static List<Location> locations(Schema<?> schema) {
    List<Location> found = new ArrayList<>();
    walk(schema, List.of(), found);
    return found;
  }

  @SuppressWarnings("rawtypes")
  private static void walk(Schema<?> schema, List<Object> path, List<Location> found) {
    if (schema.getProperties() != null) {
      for (Map.Entry<String, Schema> property : schema.getProperties().entrySet()) {
        List<Object> child = append(path, property.getKey());
        found.add(new Location(child, property.getValue()));
        walk(property.getValue(), child, found);
      }
    }
    if ("array".equals(JsonValues.typeOf(schema)) && schema.getItems() != null) {
      List<Object> item = append(path, 0);
      found.add(new Location(item, schema.getItems()));
      walk(schema.getItems(), item, found);
    }
  }

  private static List<Object> append(List<Object> path, Object segment) {
    List<Object> longer = new ArrayList<>(path);
    longer.add(segment);
    return List.copyOf(longer);
  }

  /** A valid body with a random subset of the properties. */
  private ObjectNode base(JsonOperation operation) {
    JsonNode body = values.valid(operation.requestSchema, 0);
    return body.isObject() ? (ObjectNode) body : NODES.objectNode();
  }

  /** A valid body with every property, so that cutting or corrupting it has plenty to work on. */
  @SuppressWarnings("rawtypes")
  private ObjectNode full(JsonOperation operation) {
    ObjectNode body = NODES.objectNode();
    Map<String, Schema> properties = operation.requestSchema.getProperties();
    if (properties != null) {
      properties.forEach((name, property) -> body.set(name, values.valid(property, 1)));
    }
    return body;
  }

  private List<String> propertyNames(JsonOperation operation) {
    return operation.requestSchema.getProperties() == null ? List.of("field")
        : List.copyOf(operation.requestSchema.getProperties().keySet());
  }

  /** A copy of {@code body} with {@code value} at {@code location}, creating objects and arrays on the way. */
  private static ObjectNode with(ObjectNode body, Location location, JsonNode value) {
    JsonNode container = body;
    List<Object> path = location.path;
    for (int i = 0; i < path.size(); i++) {
      Object segment = path.get(i);
      boolean last = i == path.size() - 1;
      JsonNode next = last ? value : path.get(i + 1) instanceof Integer ? NODES.arrayNode() : NODES.objectNode();
      if (segment instanceof Integer) {
        ArrayNode array = (ArrayNode) container;
        array.removeAll();
        array.add(next);
      } else {
        ObjectNode object = (ObjectNode) container;
        JsonNode existing = object.get((String) segment);
        if (last || existing == null || existing.isArray() != next.isArray() || !existing.isContainerNode()) {
          object.set((String) segment, next);
        } else {
          next = existing;
        }
      }
      container = next;
    }
    return body;
  }

  private BadRequest.Draft post(JsonOperation operation, byte[] body) {
    return BadRequest.to(operation.method, operation.path).header(spec.keyHeader, key)
        .header("Content-Type", "application/json").body(body);
  }

  private BadRequest.Draft post(JsonOperation operation, String body) {
    return post(operation, body.getBytes(StandardCharsets.UTF_8));
  }

  /** Indexes of the braces, brackets, colons, commas and quotes that give compact JSON its structure. */
  private static List<Integer> structuralPositions(String json) {
    List<Integer> positions = new ArrayList<>();
    boolean inString = false;
    for (int i = 0; i < json.length(); i++) {
      char c = json.charAt(i);
      if (inString) {
        if (c == '\\') {
          i++;
        } else if (c == '"') {
          inString = false;
          positions.add(i);
        }
      } else if (c == '"') {
        inString = true;
        positions.add(i);
      } else if ("{}[]:,".indexOf(c) >= 0) {
        positions.add(i);
      }
    }
    return positions;
  }

  /** Whether strict Jackson reads the text as one JSON value; a generated "malformed" body must not be. */
  private static boolean isJson(String text) {
    try {
      return STRICT.readTree(text) != null && !text.isBlank();
    } catch (JsonProcessingException e) {
      return false;
    }
  }

  private static byte[] json(JsonNode body) {
    try {
      return MAPPER.writeValueAsBytes(body);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] replaceMarker(byte[] json, byte[] replacement) {
    byte[] marker = UTF8_MARKER.getBytes(StandardCharsets.US_ASCII);
    for (int i = 0; i + marker.length <= json.length; i++) {
      if (Arrays.equals(json, i, i + marker.length, marker, 0, marker.length)) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(json, 0, i);
        out.write(replacement, 0, replacement.length);
        out.write(json, i + marker.length, json.length - i - marker.length);
        return out.toByteArray();
      }
    }
    throw new IllegalStateException("marker not found in " + new String(json, StandardCharsets.UTF_8));
  }

  private String segment() {
    String text = values.text(10).replaceAll("[^a-z0-9]", "");
    return text.isEmpty() ? "x" + values.nextInt(1000) : text;
  }

  private static String abbreviate(String text) {
    return text.length() <= 80 ? text : text.substring(0, 80) + "…(" + text.length() + " chars)";
  }

  private static String hex(byte[] bytes) {
    StringBuilder text = new StringBuilder();
    for (byte b : bytes) {
      text.append(String.format("%02X ", b & 0xFF));
    }
    return text.toString().trim();
  }

  private static byte[] bytes(int... values) {
    byte[] bytes = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      bytes[i] = (byte) values[i];
    }
    return bytes;
  }
}
