package io.contactscontracts.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.contactscontracts.mock.MockService;
import io.contactscontracts.specs.SpecFacts;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the benchmarks send and serve, read from the packaged specs so that no field list is restated here:
 * per service the create operation's path, API-key header, documented request example (the load), documented
 * success example (the static stubs of WireMock) and an invalid variant of the request (for the soak).
 *
 * <p>Self-contained on purpose: {@code bench/run.sh} runs this file with Java's single-file launcher and the
 * mock server's fat jar on the class path ({@code java -cp contacts-mock-server.jar SpecFixtures.java DIR}),
 * so the shell benchmark needs no build of this module; the JMH benchmarks call {@link #of(MockService)}.
 */
public final class SpecFixtures {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final YAMLMapper YAML = new YAMLMapper();

  private SpecFixtures() {}

  /** One service's documented create call. */
  public record CreateCall(MockService service, String basePath, String operationPath, String keyHeader,
      String sampleKey, int status, String contentType, JsonNode requestExample, JsonNode responseExample,
      JsonNode invalidRequest) {

    /** The request path: the spec's server path (what a client's base URL ends with) and the operation path. */
    public String path() {
      return basePath + operationPath;
    }

    public byte[] requestBytes() {
      return bytes(requestExample);
    }

    public byte[] responseBytes() {
      return bytes(responseExample);
    }

    /** A WireMock stub mapping (JSON): POST on the path, answering the documented example as a fixed body. */
    public JsonNode wireMockStub() {
      ObjectNode stub = JSON.createObjectNode();
      stub.putObject("request").put("method", "POST").put("urlPath", path());
      ObjectNode response = stub.putObject("response");
      response.put("status", status);
      response.putObject("headers").put("Content-Type", contentType);
      response.put("body", responseExample.toString());
      return stub;
    }
  }

  /**
   * A hand-written-style WireMock stub a user could write instead of this mock: POST on the path, answering with a
   * Handlebars template that echoes the request's fields into the documented success body ({@code jsonPath
   * request.body}; strings quoted by the template, since WireMock does not JSON-escape), a random UUID for
   * {@code id} and {@code now} for time stamps; the rest as documented. Needs {@code --global-response-templating}.
   * Made from the examples, so that no field list is written here.
   */
  static JsonNode echoStub(CreateCall call) {
    ObjectNode stub = JSON.createObjectNode();
    stub.putObject("request").put("method", "POST").put("urlPath", call.path());
    ObjectNode response = stub.putObject("response");
    response.put("status", call.status());
    response.putObject("headers").put("Content-Type", call.contentType());
    response.put("body", template(call.responseExample(), call.requestExample()));
    return stub;
  }

  private static String template(JsonNode example, JsonNode request) {
    if (!example.isObject()) {
      return example.toString();
    }
    StringBuilder body = new StringBuilder("{");
    for (Map.Entry<String, JsonNode> member : example.properties()) {
      String name = member.getKey();
      JsonNode value = member.getValue();
      body.append(body.length() > 1 ? "," : "").append(JSON.valueToTree(name).toString()).append(':');
      String path = "$['" + name + "']";
      if (name.equals("id")) {
        body.append("\"{{randomValue type='UUID'}}\"");
      } else if (request.has(name)) {
        body.append(value.isTextual() ? "\"{{jsonPath request.body \"" + path + "\"}}\""
            : "{{{toJson (jsonPath request.body \"" + path + "\")}}}");
      } else if (value.isTextual() && isTimestamp(value.asText())) {
        body.append("\"{{now}}\"");
      } else {
        body.append(template(value, request));
      }
    }
    return body.append('}').toString();
  }

  private static boolean isTimestamp(String text) {
    try {
      java.time.OffsetDateTime.parse(text);
      return true;
    } catch (java.time.format.DateTimeParseException e) {
      return false;
    }
  }

  /** The documented create call of a service, from the spec packaged in the specs jar. */
  public static CreateCall of(MockService service) {
    JsonNode api = specTree(service);
    Map.Entry<String, JsonNode> create = createOperation(api);
    JsonNode operation = create.getValue();
    JsonNode requestMedia = jsonMedia(operation.path("requestBody").path("content"));
    JsonNode requestExample = requireExample(requestMedia, service + " request body");
    Map.Entry<String, JsonNode> success = successResponse(operation);
    JsonNode responseContent = resolve(api, success.getValue()).path("content");
    JsonNode responseExample = requireExample(jsonMedia(responseContent), service + " " + success.getKey() + " response");
    SpecFacts facts = SpecFacts.of(service.spec());
    return new CreateCall(service, facts.basePath(), create.getKey(), facts.apiKeyHeader(), facts.sampleKey(),
        Integer.parseInt(success.getKey()), jsonMediaType(responseContent), requestExample, responseExample,
        withWrongType(requestExample, resolve(api, requestMedia.path("schema"))));
  }

  /**
   * Writes, per service, {@code <service>.yaml} (for Prism), {@code <service>-request.json},
   * {@code <service>-invalid.json}, {@code wiremock/mappings/<service>-create.json} (static),
   * {@code wiremock-echo/mappings/<service>-create.json} (Handlebars echo) and a shell file
   * {@code fixtures.env} with {@code <SERVICE>_PATH} (with the server path), {@code _OPERATION_PATH} (without,
   * as Prism serves it), {@code _KEY_HEADER}, {@code _KEY} and {@code _STATUS}.
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: java -cp contacts-mock-server.jar SpecFixtures.java OUT_DIR");
      System.exit(2);
    }
    Path out = Path.of(args[0]);
    Files.createDirectories(out.resolve("wiremock/mappings"));
    Files.createDirectories(out.resolve("wiremock/__files"));
    Files.createDirectories(out.resolve("wiremock-echo/mappings"));
    Files.createDirectories(out.resolve("wiremock-echo/__files"));
    StringBuilder env = new StringBuilder("# written by bench SpecFixtures from the packaged specs\n");
    for (MockService service : MockService.values()) {
      CreateCall call = of(service);
      String name = service.spec().serviceName();
      Files.writeString(out.resolve(name + ".yaml"), service.spec().yaml());
      Files.write(out.resolve(name + "-request.json"), call.requestBytes());
      Files.write(out.resolve(name + "-invalid.json"), bytes(call.invalidRequest()));
      Files.write(out.resolve("wiremock/mappings/" + name + "-create.json"),
          JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(call.wireMockStub()));
      Files.write(out.resolve("wiremock-echo/mappings/" + name + "-create.json"),
          JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(echoStub(call)));
      String prefix = name.toUpperCase();
      env.append(prefix).append("_PATH=").append(call.path()).append('\n')
          .append(prefix).append("_OPERATION_PATH=").append(call.operationPath()).append('\n')
          .append(prefix).append("_KEY_HEADER=").append(call.keyHeader()).append('\n')
          .append(prefix).append("_KEY=").append(call.sampleKey()).append('\n')
          .append(prefix).append("_STATUS=").append(call.status()).append('\n');
    }
    Files.writeString(out.resolve("fixtures.env"), env.toString(), StandardCharsets.UTF_8);
  }

  private static JsonNode specTree(MockService service) {
    try {
      return YAML.readTree(service.spec().yaml());
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("The " + service + " spec does not parse", e);
    }
  }

  /** The POST operation with operationId createContact: the one call every stage of the project exercises. */
  private static Map.Entry<String, JsonNode> createOperation(JsonNode api) {
    for (Map.Entry<String, JsonNode> path : api.path("paths").properties()) {
      JsonNode post = path.getValue().path("post");
      if ("createContact".equals(post.path("operationId").asText())) {
        return Map.entry(path.getKey(), post);
      }
    }
    throw new IllegalStateException("The spec has no POST operation createContact");
  }

  private static Map.Entry<String, JsonNode> successResponse(JsonNode operation) {
    Map<String, JsonNode> sorted = new TreeMap<>();
    operation.path("responses").properties().forEach(e -> sorted.put(e.getKey(), e.getValue()));
    return sorted.entrySet().stream().filter(e -> e.getKey().startsWith("2")).findFirst()
        .orElseThrow(() -> new IllegalStateException("createContact declares no 2xx response"));
  }

  private static JsonNode jsonMedia(JsonNode content) {
    return content.path(jsonMediaType(content));
  }

  private static String jsonMediaType(JsonNode content) {
    for (Map.Entry<String, JsonNode> media : content.properties()) {
      if (media.getKey().contains("json")) {
        return media.getKey();
      }
    }
    throw new IllegalStateException("No JSON media type in " + content);
  }

  private static JsonNode requireExample(JsonNode media, String what) {
    JsonNode example = media.path("example");
    if (example.isMissingNode()) {
      throw new IllegalStateException("The spec gives no example for the " + what + "; the benchmarks send it");
    }
    return example;
  }

  /** Follows {@code $ref}s (responses and schemas are referenced from components). */
  private static JsonNode resolve(JsonNode api, JsonNode node) {
    String ref = node.path("$ref").asText(null);
    if (ref == null) {
      return node;
    }
    JsonNode target = api.at(ref.substring(1));
    if (target.isMissingNode()) {
      throw new IllegalStateException("Unresolvable $ref " + ref);
    }
    return resolve(api, target);
  }

  /** The example with its first plain string property sent as a number: a type error both services reject. */
  private static JsonNode withWrongType(JsonNode example, JsonNode schema) {
    ObjectNode invalid = example.deepCopy();
    for (Map.Entry<String, JsonNode> property : schema.path("properties").properties()) {
      JsonNode definition = property.getValue();
      if ("string".equals(definition.path("type").asText()) && !definition.has("enum")) {
        invalid.put(property.getKey(), 12345);
        return invalid;
      }
    }
    throw new IllegalStateException("The request schema has no plain string property to break");
  }

  private static byte[] bytes(JsonNode json) {
    try {
      return JSON.writeValueAsBytes(json);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
