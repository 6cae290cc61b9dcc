package io.contactscontracts.mock.cli;

import io.contactscontracts.mock.internal.openapi.SchemaSampler;
import io.contactscontracts.mock.internal.openapi.SpecModel;

import com.fasterxml.jackson.databind.JsonNode;
import io.contactscontracts.mock.ContactsMockServer;
import io.contactscontracts.mock.MockService;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Sends every operation's documented request (its example, or a sample of its schema) to a running mock,
 * with the service's sample API key, and checks the answer has the success status the spec declares. It
 * goes over HTTP like any client, so it also loads every class a request needs.
 */
public final class SelfTest {
  private static final Duration TIMEOUT = Duration.ofSeconds(10);

  /** One request and what came of it. */
  public record Outcome(MockService service, String request, int expectedStatus, int status, String detail) {
    public boolean passed() {
      return status == expectedStatus;
    }

    @Override
    public String toString() {
      return (passed() ? "ok    " : "FAILED") + " " + service.displayName() + " " + request + " -> " + status
          + (passed() ? "" : " (expected " + expectedStatus + "): " + detail);
    }
  }

  private SelfTest() {}

  public static List<Outcome> run(ContactsMockServer server) {
    HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(TIMEOUT).build();
    List<Outcome> outcomes = new ArrayList<>();
    for (MockService service : MockService.values()) {
      SpecModel spec = SpecModel.parse(server.specSource(service), server.specYaml(service));
      spec.api().getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
        if (!path.contains("{")) { // a templated path has no documented value to fill in
          outcomes.add(send(client, server, service, spec, path, operation, method.name()));
        }
      }));
    }
    return outcomes;
  }

  private static Outcome send(HttpClient client, ContactsMockServer server, MockService service, SpecModel spec,
      String path, Operation operation, String method) {
    int expected = spec.successResponse(operation).status();
    Optional<String> body = requestExample(operation).map(JsonNode::toString);
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.baseUrl(service) + path))
        .timeout(TIMEOUT)
        .method(method, body.map(HttpRequest.BodyPublishers::ofString).orElse(HttpRequest.BodyPublishers.noBody()));
    body.ifPresent(b -> request.header("Content-Type", "application/json"));
    spec.apiKeyHeader(operation).ifPresent(header -> request.header(header, server.sampleApiKey(service)));
    String described = method + " " + path;
    try {
      HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
      return new Outcome(service, described, expected, response.statusCode(), response.body());
    } catch (IOException e) {
      return new Outcome(service, described, expected, -1, e.toString());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Outcome(service, described, expected, -1, "interrupted");
    }
  }

  /** The operation's documented request body: the media example, or a sample built from its schema. */
  private static Optional<JsonNode> requestExample(Operation operation) {
    if (operation.getRequestBody() == null) {
      return Optional.empty();
    }
    Map<String, MediaType> content = operation.getRequestBody().getContent();
    return SpecModel.jsonMedia(content).map(media -> media.getExample() != null
        ? SchemaSampler.toJson(media.getExample())
        : SchemaSampler.sample((Schema<?>) media.getSchema()));
  }
}
