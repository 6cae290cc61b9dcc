package io.contactscontracts.mock.internal.admin;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.eclipse.jetty.servlet.FilterHolder;
import org.eclipse.jetty.servlet.FilterMapping;
import org.eclipse.jetty.servlet.ServletContextHandler;
import org.eclipse.jetty.servlet.ServletHandler;
import org.eclipse.jetty.servlets.CrossOriginFilter;

/**
 * Keeps web pages away from the admin API ({@code /__admin/**}, WireMock's own endpoints included), before
 * any of it runs. WireMock's admin API trusts every caller and grants CORS to any origin; a page the
 * developer visits could otherwise read stored contacts, plant stubs (a proxy stub makes this machine fetch
 * URLs for the page) or empty the store. Refused, with a JSON 403 that says why:
 * <ul>
 *   <li>a {@code Host} that is not one of this mock's names ({@link AdminPolicy#hostAllowed}): DNS rebinding;
 *   <li>a state-changing request (not GET, HEAD, OPTIONS) whose {@code Origin} is not this server's own or an
 *       allowed one, or whose {@code Sec-Fetch-Site} is {@code cross-site} or {@code same-site} (another port
 *       of the same host is another application) without an allowed {@code Origin};
 *   <li>a CORS preflight from an origin that is not allowed.
 * </ul>
 * Requests without {@code Origin} and {@code Sec-Fetch-Site} (curl, WireMock's Java client, the tests) are
 * not browser requests and pass to the admin authenticator as before.
 *
 * <p>It answers CORS itself instead of configuring Jetty's {@link CrossOriginFilter} with the allow-list:
 * that filter only adds or leaves out headers and never refuses, while the write refusal needs the same
 * origin decision, made once, here.
 */
public final class AdminRequestGuard implements Filter {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");
  private static final String ALLOWED_METHODS = "GET, HEAD, POST, PUT, PATCH, DELETE";
  private static final String ALLOWED_HEADERS = "Authorization, Content-Type";

  private final AdminPolicy policy;

  public AdminRequestGuard(AdminPolicy policy) {
    this.policy = policy;
  }

  /** Puts the guard in front of everything on the admin context. */
  public static void install(ServletContextHandler adminContext, AdminPolicy policy) {
    adminContext.addFilter(new FilterHolder(new AdminRequestGuard(policy)), "/*", EnumSet.of(DispatcherType.REQUEST));
  }

  /**
   * Takes out the allow-all {@link CrossOriginFilter} WireMock adds to the admin context unconditionally
   * (it answers preflights itself, so a filter in front of it cannot only veto); this guard answers CORS
   * instead. Call after WireMock configured the context.
   */
  public static void removeWireMockCors(ServletContextHandler adminContext) {
    ServletHandler handler = adminContext.getServletHandler();
    FilterHolder[] holders = handler.getFilters();
    Set<String> removed = new HashSet<>();
    FilterHolder[] kept = Arrays.stream(holders).filter(holder -> {
      boolean cors = CrossOriginFilter.class.getName().equals(holder.getClassName())
          || holder.getHeldClass() == CrossOriginFilter.class;
      if (cors) {
        removed.add(holder.getName());
      }
      return !cors;
    }).toArray(FilterHolder[]::new);
    FilterMapping[] mappings = handler.getFilterMappings() == null ? new FilterMapping[0] : handler.getFilterMappings();
    handler.setFilters(kept);
    handler.setFilterMappings(Arrays.stream(mappings).filter(m -> !removed.contains(m.getFilterName()))
        .toArray(FilterMapping[]::new));
  }

  @Override
  public void doFilter(ServletRequest servletRequest, ServletResponse servletResponse, FilterChain chain)
      throws IOException, ServletException {
    HttpServletRequest request = (HttpServletRequest) servletRequest;
    HttpServletResponse response = (HttpServletResponse) servletResponse;
    String host = request.getHeader("Host");
    if (host != null && !policy.hostAllowed(host)) {
      refuse(response, "host-not-allowed", "The admin API answers only requests addressed to this mock by one of "
          + "its own names (" + String.join(", ", policy.hostNames()) + "), not to '" + host + "': a web page "
          + "that rebinds its DNS name to this machine must not reach it. If you reach the mock through "
          + "another name, allow it: --admin-allowed-host NAME (Java: adminAllowedHost).");
      return;
    }
    String origin = request.getHeader("Origin");
    String method = request.getMethod().toUpperCase(Locale.ROOT);
    boolean allowListed = origin != null && policy.corsOriginAllowed(origin);
    if (method.equals("OPTIONS") && origin != null && request.getHeader("Access-Control-Request-Method") != null) {
      preflight(response, origin, allowListed);
      return;
    }
    if (!SAFE_METHODS.contains(method) && !allowListed && !sameOrigin(request, origin, host)) {
      refuse(response, "cross-site-write", "The admin API refuses " + method + " requests sent by a web page "
          + "of another origin (" + describe(request, origin) + "): a page you visit must not change the mock's "
          + "stubs or stored contacts. Call it from the dashboard on this port, from curl or from code; to allow "
          + "a page of yours, start the mock with --admin-cors-origin ORIGIN (Java: adminCorsOrigin).");
      return;
    }
    if (allowListed) {
      response.setHeader("Access-Control-Allow-Origin", origin);
      response.addHeader("Vary", "Origin");
    }
    chain.doFilter(request, response);
  }

  /**
   * Same-origin as far as the browser tells: an {@code Origin} equal to this server's own (scheme, host and
   * port of the request), and a {@code Sec-Fetch-Site} of {@code same-origin} or {@code none} (typed by the
   * user) when present. No {@code Origin} and no {@code Sec-Fetch-Site} is not a browser's cross-origin
   * request: browsers send {@code Origin} on every cross-origin POST, PUT, PATCH and DELETE.
   */
  private static boolean sameOrigin(HttpServletRequest request, String origin, String host) {
    String fetchSite = request.getHeader("Sec-Fetch-Site");
    if (fetchSite != null && !fetchSite.equalsIgnoreCase("same-origin") && !fetchSite.equalsIgnoreCase("none")) {
      return false;
    }
    if (origin == null) {
      return true;
    }
    return host != null && origin.equalsIgnoreCase(request.getScheme() + "://" + host);
  }

  private static String describe(HttpServletRequest request, String origin) {
    String fetchSite = request.getHeader("Sec-Fetch-Site");
    return "Origin: " + (origin == null ? "(none)" : origin)
        + (fetchSite == null ? "" : ", Sec-Fetch-Site: " + fetchSite);
  }

  private void preflight(HttpServletResponse response, String origin, boolean allowed) throws IOException {
    if (!allowed) {
      refuse(response, "cors-not-allowed", "The admin API grants cross-origin access to no web page by default; "
          + "'" + origin + "' is not allowed. To let a page of yours use it, start the mock with "
          + "--admin-cors-origin " + origin + " (Java: adminCorsOrigin).");
      return;
    }
    response.setStatus(204);
    response.setHeader("Access-Control-Allow-Origin", origin);
    response.setHeader("Access-Control-Allow-Methods", ALLOWED_METHODS);
    response.setHeader("Access-Control-Allow-Headers", ALLOWED_HEADERS);
    response.setHeader("Access-Control-Max-Age", "600");
    response.addHeader("Vary", "Origin");
  }

  private static void refuse(HttpServletResponse response, String error, String message) throws IOException {
    ObjectNode body = JSON.createObjectNode().put("error", error).put("message", message);
    byte[] bytes = JSON.writeValueAsBytes(body);
    response.setStatus(403);
    response.setContentType("application/json");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.setHeader("Cache-Control", "no-store");
    response.setContentLength(bytes.length);
    response.getOutputStream().write(bytes);
  }
}
