package io.contactscontracts.mock.internal.dashboard;

import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.security.Authenticator;
import java.util.Set;

/**
 * The admin authenticator, except for GETs of the dashboard page and its files (exact paths, no query),
 * which hold no data: a browser cannot send a bearer token when it opens a page, and the page asks for
 * the token itself. Everything else (contacts, log, spec, WireMock's API) still needs what the wrapped
 * authenticator needs.
 */
public final class PublicPage implements Authenticator {
  private static final String ADMIN_ROOT = "/__admin";
  private static final Set<String> PUBLIC = DashboardAssets.publicPaths();

  private final Authenticator admin;

  private PublicPage(Authenticator admin) {
    this.admin = admin;
  }

  public static Authenticator withPublicPage(Authenticator admin) {
    return new PublicPage(admin);
  }

  @Override
  public boolean authenticate(Request request) {
    boolean read = request.getMethod().equals(RequestMethod.GET) || request.getMethod().equals(RequestMethod.HEAD);
    return (read && PUBLIC.contains(underAdminRoot(request.getUrl()))) || admin.authenticate(request);
  }

  /** WireMock hands the authenticator the URL with or without the admin root, depending on the caller. */
  private static String underAdminRoot(String url) {
    return url.startsWith(ADMIN_ROOT + "/") ? url.substring(ADMIN_ROOT.length()) : url;
  }
}
