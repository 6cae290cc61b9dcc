package io.contactscontracts.mock.internal.journal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.common.Json;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

/**
 * One request the emulation answered without WireMock, kept as it was taken. WireMock's own record of a
 * request ({@link ServeEvent}, with its {@code LoggedRequest}) is made from it only when somebody reads the
 * journal ({@code /__admin/requests}, {@code verify}, the dashboard): building that record for every request
 * was a fifth of the server's time per request, and almost none is ever read.
 */
public final class RecordedExchange implements Supplier<ServeEvent> {
  private static final ObjectMapper WIREMOCK_JSON = Json.getObjectMapper();

  /**
   * The request as taken, headers as name and value in turn (a name sent twice appears twice). The absolute URL
   * is worked out only when read (from the container's immutable URI).
   */
  public record Request(long loggedAtMillis, String method, Supplier<String> absoluteUrl, String url,
      String clientIp, String protocol, String[] headers, byte[] body) {}

  /** What was answered: a status, headers and body, or a connection fault. */
  public record Response(int status, Map<String, String> headers, String body, Fault fault, int delayMs,
      int processMs) {}

  private final UUID id;
  private final Request request;
  private final Response response;
  private final StubMapping answeredBy;
  private volatile ServeEvent event;

  /** @param answeredBy the stub the journal names as having answered (the emulation's catch-all) */
  public RecordedExchange(Request request, Response response, StubMapping answeredBy) {
    this.id = randomId();
    this.request = request;
    this.response = response;
    this.answeredBy = answeredBy;
  }

  public UUID id() {
    return id;
  }

  /** The exchange as WireMock records one, made on first use. */
  @Override
  public ServeEvent get() {
    ServeEvent made = event;
    if (made == null) {
      made = WIREMOCK_JSON.convertValue(asWireMockJson(), ServeEvent.class);
      event = made;
    }
    return made;
  }

  /**
   * WireMock's JSON of a serve event, which it reads back with its own creators: the one way to set the logged
   * date and timings that its Java constructors keep to themselves.
   */
  private ObjectNode asWireMockJson() {
    ObjectNode json = WIREMOCK_JSON.createObjectNode();
    json.put("id", id.toString());
    ObjectNode req = json.putObject("request");
    req.put("url", request.url())
        .put("absoluteUrl", request.absoluteUrl().get())
        .put("method", request.method())
        .put("clientIp", request.clientIp())
        .put("browserProxyRequest", false)
        .put("loggedDate", request.loggedAtMillis())
        .put("bodyAsBase64", Base64.getEncoder().encodeToString(request.body()))
        .put("protocol", request.protocol());
    req.set("headers", headers(request.headers()));
    req.putObject("cookies");
    json.set("mapping", WIREMOCK_JSON.valueToTree(answeredBy));
    ObjectNode definition = json.putObject("responseDefinition");
    ObjectNode res = json.putObject("response");
    if (response.fault() != null) {
      definition.put("fault", response.fault().name());
      res.put("status", 0).put("fault", response.fault().name());
    } else {
      definition.put("status", response.status());
      res.put("status", response.status());
      ObjectNode headers = WIREMOCK_JSON.createObjectNode();
      response.headers().forEach(headers::put);
      if (!headers.isEmpty()) {
        definition.set("headers", headers);
        res.set("headers", headers);
      }
      if (response.body() != null) {
        definition.put("body", response.body());
        res.put("bodyAsBase64", Base64.getEncoder().encodeToString(response.body().getBytes(StandardCharsets.UTF_8)));
      }
    }
    if (response.delayMs() > 0) {
      definition.put("fixedDelayMilliseconds", response.delayMs());
    }
    json.put("wasMatched", true);
    json.putObject("timing").put("addedDelay", response.delayMs()).put("processTime", response.processMs())
        .put("responseSendTime", 0);
    return json;
  }

  /** WireMock's header JSON: a name's single value as a string, several as an array. */
  private static ObjectNode headers(String[] pairs) {
    ObjectNode headers = WIREMOCK_JSON.createObjectNode();
    for (int i = 0; i + 1 < pairs.length; i += 2) {
      String name = pairs[i];
      JsonNode existing = headers.get(name);
      if (existing == null) {
        headers.put(name, pairs[i + 1]);
      } else if (existing.isArray()) {
        ((ArrayNode) existing).add(pairs[i + 1]);
      } else {
        headers.putArray(name).add(existing.asText()).add(pairs[i + 1]);
      }
    }
    return headers;
  }

  /** A random (version 4) id without SecureRandom, whose lock every request thread would queue on. */
  private static UUID randomId() {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    long high = (random.nextLong() & ~0xF000L) | 0x4000L;
    long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
    return new UUID(high, low);
  }
}
