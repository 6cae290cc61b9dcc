package io.contactscontracts.mock.testcontainers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** The mock's stored-contacts endpoints on one port ({@code /__admin/contacts}, docs/mock-server.md). */
final class AdminApi {
  static final String PATH = "/__admin";
  private static final int PAGE = 1000;  // the most one answer holds
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private final String origin;
  private final String token;

  AdminApi(String origin, String token) {
    this.origin = origin;
    this.token = token;
  }

  /** Every contact of one workspace, page by page. */
  List<JsonNode> contacts(String apiKey) {
    List<JsonNode> contacts = new ArrayList<>();
    long offset = 0;
    while (true) {
      JsonNode page = send("GET", "apiKey=" + encode(apiKey) + "&limit=" + PAGE + "&offset=" + offset);
      page.path("contacts").forEach(contacts::add);
      int count = page.path("count").asInt();
      offset += count;
      if (count < PAGE || offset >= page.path("total").asLong()) {
        return contacts;
      }
    }
  }

  /** Empties one workspace, or every one ({@code apiKey} null); the number deleted. */
  int delete(String apiKey) {
    return send("DELETE", apiKey == null ? null : "apiKey=" + encode(apiKey)).path("deleted").asInt();
  }

  private JsonNode send(String method, String query) {
    URI uri = URI.create(origin + PATH + "/contacts" + (query == null ? "" : "?" + query));
    HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
        .header("Authorization", "Bearer " + token).method(method, HttpRequest.BodyPublishers.noBody()).build();
    try {
      HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        throw new IllegalStateException(method + " " + uri + " answered " + response.statusCode() + ": " + response.body());
      }
      return JSON.readTree(response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(method + " " + uri + " failed; is the container running?", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted: " + method + " " + uri, e);
    }
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
