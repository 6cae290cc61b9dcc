package io.contactscontracts.mock.internal.dashboard;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.admin.Router;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.AdminApiExtension;
import com.github.tomakehurst.wiremock.http.QueryParameter;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Supplier;

/**
 * The mock's dashboard, one per service port: {@code /__admin/ui} (page and assets, public: they hold no
 * data), {@code /__admin/ui/events?after=N} (the live log) and {@code /__admin/spec} (the spec this port
 * emulates, as JSON, its server pointed at this mock so that "try it out" calls the emulation). The data
 * endpoints sit behind the admin authenticator like every admin path; the page sends the admin token, which
 * the user types in, as {@code Authorization: Bearer}.
 */
public final class Dashboard implements AdminApiExtension {
  /** Where the page is, under the admin root. */
  public static final String PATH = "/ui";

  private static final ObjectMapper JSON = new ObjectMapper();

  /** The service a dashboard shows: its short name (e.g. {@code kejue}), the name people read, a key it accepts. */
  public record Shown(String service, String displayName, String sampleApiKey) {}

  /** A service of the mock the page links to, on the port it listens on. */
  public record Link(String service, String displayName, int port) {}

  private final Shown service;
  private final RequestLog log;
  private final SpecDocument spec;
  private final Supplier<List<Link>> links;

  /**
   * @param links every service of the mock, asked when the page loads (the ports are known only once the
   *     servers listen), to link the other service's dashboard
   */
  public Dashboard(Shown service, RequestLog log, String specYaml, String basePath, Supplier<List<Link>> links) {
    this.service = service;
    this.log = log;
    this.spec = new SpecDocument(specYaml, basePath, service.displayName());
    this.links = links;
  }

  @Override
  public void contributeAdminApiRoutes(Router router) {
    router.add(RequestMethod.GET, PATH, (admin, event, params) -> asset("index.html"));
    router.add(RequestMethod.GET, PATH + "/assets/{file}", (admin, event, params) -> asset(params.get("file")));
    router.add(RequestMethod.GET, PATH + "/assets/swagger-ui/{file}",
        (admin, event, params) -> DashboardAssets.swaggerUi(params.get("file")));
    router.add(RequestMethod.GET, PATH + "/config", (admin, event, params) -> config());
    router.add(RequestMethod.GET, PATH + "/events", (admin, event, params) -> events(event.getRequest().queryParameter("after")));
    router.add(RequestMethod.GET, "/spec", (admin, event, params) -> DashboardAssets.json(spec.json()));
  }

  private ResponseDefinition asset(String file) {
    return DashboardAssets.own(file);
  }

  private ResponseDefinition config() {
    ObjectNode config = JSON.createObjectNode()
        .put("service", service.service())
        .put("displayName", service.displayName())
        .put("sampleApiKey", service.sampleApiKey());
    ArrayNode services = config.putArray("services");
    for (Link each : links.get()) {
      services.addObject().put("service", each.service()).put("displayName", each.displayName())
          .put("port", each.port()).put("current", each.service().equals(service.service()));
    }
    return DashboardAssets.json(config.toString().getBytes(StandardCharsets.UTF_8));
  }

  private ResponseDefinition events(QueryParameter after) {
    long since = 0;
    if (after.isPresent()) {
      try {
        since = Long.parseLong(after.firstValue());
      } catch (NumberFormatException e) {
        return ResponseDefinitionBuilder.responseDefinition().withStatus(400)
            .withHeader("Content-Type", "application/json")
            .withBody("{\"error\":\"after is the 'latest' number of the previous answer, e.g. after=0\"}").build();
      }
    }
    return DashboardAssets.json(log.since(since).toString().getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public String getName() {
    return "contacts-dashboard-" + service.service();
  }
}
