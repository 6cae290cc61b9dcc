package io.contactscontracts.mock.internal.admin;

import io.contactscontracts.mock.internal.emulation.Reply;
import io.contactscontracts.mock.internal.state.Workspaces;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
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
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code GET /__admin/contacts} lists and {@code DELETE /__admin/contacts} empties the stored contacts of
 * the service on this port: one workspace when an API key is given (query parameter {@code apiKey}, or the
 * service's own key header), every workspace otherwise.
 */
public final class ContactsAdminApi implements AdminApiExtension {
  static final String QUERY_PARAMETER = "apiKey";
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

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

  private ResponseDefinition list(Request request) {
    ObjectNode body = NODES.objectNode().put("service", service);
    Optional<String> key = apiKey(request);
    if (key.isPresent()) {
      List<JsonNode> contacts = workspaces.contacts(key.get());
      body.put("apiKey", key.get()).put("count", contacts.size()).putArray("contacts").addAll(contacts);
    } else {
      ArrayNode all = body.putArray("workspaces");
      for (Map.Entry<String, List<JsonNode>> workspace : workspaces.all().entrySet()) {
        all.addObject().put("apiKey", workspace.getKey()).put("count", workspace.getValue().size())
            .putArray("contacts").addAll(workspace.getValue());
      }
    }
    return json(body);
  }

  private ResponseDefinition clear(Request request) {
    Optional<String> key = apiKey(request);
    int deleted = key.map(workspaces::clear).orElseGet(workspaces::clearAll);
    ObjectNode body = NODES.objectNode().put("service", service).put("deleted", deleted);
    key.ifPresent(k -> body.put("apiKey", k));
    return json(body);
  }

  private Optional<String> apiKey(Request request) {
    QueryParameter query = request.queryParameter(QUERY_PARAMETER);
    if (query.isPresent() && !query.firstValue().isBlank()) {
      return Optional.of(query.firstValue());
    }
    return Optional.of(request.header(keyHeader)).filter(HttpHeader::isPresent).map(HttpHeader::firstValue)
        .filter(value -> !value.isBlank());
  }

  private static ResponseDefinition json(JsonNode body) {
    return ResponseDefinitionBuilder.responseDefinition()
        .withStatus(200)
        .withHeader("Content-Type", "application/json")
        .withBody(Reply.write(body))
        .build();
  }

  @Override
  public String getName() {
    return "contacts-admin-api";
  }
}
