package io.contactscontracts.mock.internal.admin;

import io.contactscontracts.mock.internal.emulation.Reply;
import io.contactscontracts.mock.internal.state.Workspaces;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.admin.Router;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.AdminApiExtension;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.QueryParameter;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * {@code GET /__admin/contacts} lists and {@code DELETE /__admin/contacts} empties the stored contacts of
 * the service on this port: one workspace when an API key is given (query parameter {@code apiKey}, or the
 * service's own key header), every workspace otherwise.
 *
 * <p>A listing is a page: {@code limit} contacts (default {@value #DEFAULT_LIMIT}, at most {@value #MAX_LIMIT};
 * 0 for the counts alone) from {@code offset} (default 0, the oldest kept), with {@code total} (contacts stored),
 * {@code count} (contacts in this answer) and {@code evicted} (dropped to keep within the store's budget; created
 * = total + evicted). Only the page is copied and written, so listing a workspace of a million contacts costs
 * what listing a hundred does. Contacts are written as the JSON stored at creation, never parsed again.
 */
public final class ContactsAdminApi implements AdminApiExtension {
  static final String QUERY_PARAMETER = "apiKey";
  static final int DEFAULT_LIMIT = 100;
  static final int MAX_LIMIT = 1000;
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final JsonFactory JSON = new JsonFactory();

  private final String service;
  private final Workspaces workspaces;
  private final String keyHeader;

  /**
   * @param service the service's name in listings, e.g. {@code kejue}
   * @param keyHeader the header the service reads its key from, which may name the workspace here too
   */
  public ContactsAdminApi(String service, Workspaces workspaces, String keyHeader) {
    this.service = service;
    this.workspaces = workspaces;
    this.keyHeader = keyHeader;
  }

  @Override
  public void contributeAdminApiRoutes(Router router) {
    router.add(RequestMethod.GET, "/contacts", (admin, serveEvent, pathParams) -> list(serveEvent.getRequest()));
    router.add(RequestMethod.DELETE, "/contacts", (admin, serveEvent, pathParams) -> clear(serveEvent.getRequest()));
  }

  /** Where a page starts and how long it is, as asked for. */
  private record Paging(long offset, int limit) {}

  private ResponseDefinition list(Request request) {
    Paging paging;
    try {
      paging = new Paging(number(request, "offset", 0, Long.MAX_VALUE, 0),
          (int) number(request, "limit", 0, MAX_LIMIT, DEFAULT_LIMIT));
    } catch (IllegalArgumentException e) {
      ObjectNode body = NODES.objectNode().put("mock_error", e.getMessage());
      return json(400, Reply.write(body).getBytes(StandardCharsets.UTF_8));
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonGenerator json = JSON.createGenerator(out)) {
      json.writeStartObject();
      json.writeStringField("service", service);
      Optional<String> key = apiKey(request);
      if (key.isPresent()) {
        json.writeStringField("apiKey", key.get());
        writeWorkspace(json, workspaces.page(key.get(), paging.offset(), paging.limit()), paging);
      } else {
        json.writeNumberField("offset", paging.offset());
        json.writeNumberField("limit", paging.limit());
        json.writeArrayFieldStart("workspaces");
        for (String workspace : workspaces.keys()) {
          json.writeStartObject();
          json.writeStringField("apiKey", workspace);
          writeWorkspace(json, workspaces.page(workspace, paging.offset(), paging.limit()), null);
          json.writeEndObject();
        }
        json.writeEndArray();
      }
      json.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // writing to memory
    }
    return json(200, out.toByteArray());
  }

  private static void writeWorkspace(JsonGenerator json, Workspaces.Page page, Paging paging) throws IOException {
    json.writeNumberField("total", page.count());
    json.writeNumberField("count", page.contacts().size());
    json.writeNumberField("evicted", page.evicted());
    if (paging != null) {
      json.writeNumberField("offset", paging.offset());
      json.writeNumberField("limit", paging.limit());
    }
    json.writeArrayFieldStart("contacts");
    for (byte[] contact : page.contacts()) {
      json.writeRawValue(new String(contact, StandardCharsets.UTF_8));
    }
    json.writeEndArray();
  }

  /** A whole-number query parameter within bounds; the message says what is allowed. */
  private static long number(Request request, String name, long min, long max, long defaultValue) {
    QueryParameter parameter = request.queryParameter(name);
    if (!parameter.isPresent()) {
      return defaultValue;
    }
    String value = parameter.firstValue().trim();
    String allowed = name + " must be a whole number from " + min + " to " + max + " (default " + defaultValue
        + "); got '" + parameter.firstValue() + "'";
    if (parameter.values().size() > 1 || !value.matches("\\d{1,19}")) {
      throw new IllegalArgumentException(allowed);
    }
    try {
      long number = Long.parseLong(value);
      if (number < min || number > max) {
        throw new IllegalArgumentException(allowed);
      }
      return number;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(allowed, e);
    }
  }

  private ResponseDefinition clear(Request request) {
    Optional<String> key = apiKey(request);
    Workspaces.Cleared cleared = key.map(workspaces::clear).orElseGet(workspaces::clearAll);
    ObjectNode body = NODES.objectNode().put("service", service).put("deleted", cleared.deleted())
        .put("evicted", cleared.evicted());
    key.ifPresent(k -> body.put("apiKey", k));
    return json(200, Reply.write(body).getBytes(StandardCharsets.UTF_8));
  }

  private Optional<String> apiKey(Request request) {
    QueryParameter query = request.queryParameter(QUERY_PARAMETER);
    if (query.isPresent() && !query.firstValue().isBlank()) {
      return Optional.of(query.firstValue());
    }
    return Optional.of(request.header(keyHeader)).filter(HttpHeader::isPresent).map(HttpHeader::firstValue)
        .filter(value -> !value.isBlank());
  }

  private static ResponseDefinition json(int status, byte[] body) {
    return ResponseDefinitionBuilder.responseDefinition()
        .withStatus(status)
        .withHeader("Content-Type", "application/json")
        .withBody(body)
        .build();
  }

  @Override
  public String getName() {
    return "contacts-admin-api";
  }
}
