package io.contactscontracts.mock.internal.dashboard;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The dashboard's files: its own (classpath {@code contacts-mock-dashboard/}) and Swagger UI's, from the
 * webjar. Only files named here are served, so no path can reach anything else on the classpath. Every
 * answer carries the page's security headers: a Content-Security-Policy that runs only this origin's
 * scripts (no inline script, no eval) and connects only to this origin, no framing, no sniffing.
 */
final class DashboardAssets {
  static final String CONTENT_SECURITY_POLICY = String.join("; ",
      "default-src 'none'",
      "script-src 'self'",
      "style-src 'self'",
      "img-src 'self' data:",
      "font-src 'self'",
      "connect-src 'self'",
      "base-uri 'none'",
      "form-action 'self'",
      "frame-ancestors 'none'");

  private static final String OWN = "contacts-mock-dashboard/";
  private static final Map<String, String> OWN_FILES = Map.of(
      "index.html", "text/html; charset=utf-8",
      "dashboard.js", "text/javascript; charset=utf-8",
      "dashboard.css", "text/css; charset=utf-8");
  private static final Map<String, String> SWAGGER_FILES = Map.of(
      "swagger-ui-bundle.js", "text/javascript; charset=utf-8",
      "swagger-ui.css", "text/css; charset=utf-8");
  private static final Set<String> CACHEABLE = SWAGGER_FILES.keySet();
  private static final Map<String, byte[]> CACHE = new ConcurrentHashMap<>();

  private DashboardAssets() {}

  /** The admin paths (under the admin root) anyone may GET: the page and its files, which hold no data. */
  static Set<String> publicPaths() {
    Set<String> paths = new java.util.HashSet<>();
    String root = Dashboard.PATH;
    paths.add(root);
    OWN_FILES.keySet().forEach(file -> paths.add(root + "/assets/" + file));
    SWAGGER_FILES.keySet().forEach(file -> paths.add(root + "/assets/swagger-ui/" + file));
    return Set.copyOf(paths);
  }

  static ResponseDefinition own(String file) {
    String type = OWN_FILES.get(file);
    return type == null ? notFound() : file(OWN + file, type, false);
  }

  static ResponseDefinition swaggerUi(String file) {
    String type = SWAGGER_FILES.get(file);
    return type == null ? notFound() : file(swaggerUiRoot() + file, type, CACHEABLE.contains(file));
  }

  static ResponseDefinition json(byte[] body) {
    return secured(200, "application/json", body, false);
  }

  private static ResponseDefinition file(String resource, String type, boolean cacheable) {
    byte[] body = CACHE.computeIfAbsent(resource, DashboardAssets::read);
    return secured(200, type, body, cacheable);
  }

  private static ResponseDefinition notFound() {
    return secured(404, "application/json", "{\"error\":\"no such dashboard file\"}".getBytes(), false);
  }

  private static ResponseDefinition secured(int status, String type, byte[] body, boolean cacheable) {
    return ResponseDefinitionBuilder.responseDefinition()
        .withStatus(status)
        .withHeader("Content-Type", type)
        .withHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY)
        .withHeader("X-Content-Type-Options", "nosniff")
        .withHeader("X-Frame-Options", "DENY")
        .withHeader("Referrer-Policy", "no-referrer")
        .withHeader("Cross-Origin-Resource-Policy", "same-origin")
        .withHeader("Cache-Control", cacheable ? "public, max-age=86400" : "no-store")
        .withBody(body)
        .build();
  }

  /** The webjar's folder, whose name carries its version (read from the webjar's own Maven metadata). */
  private static String swaggerUiRoot() {
    return "META-INF/resources/webjars/swagger-ui/" + WebjarVersion.VERSION + "/";
  }

  private static byte[] read(String resource) {
    try (InputStream in = DashboardAssets.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("The dashboard file " + resource + " is missing from the classpath");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static final class WebjarVersion {
    static final String VERSION = load();

    private static String load() {
      Properties properties = new Properties();
      try (InputStream in = DashboardAssets.class.getClassLoader()
          .getResourceAsStream("META-INF/maven/org.webjars/swagger-ui/pom.properties")) {
        if (in == null) {
          throw new IllegalStateException("Swagger UI's webjar (org.webjars:swagger-ui) is not on the classpath");
        }
        properties.load(in);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return properties.getProperty("version");
    }
  }
}
