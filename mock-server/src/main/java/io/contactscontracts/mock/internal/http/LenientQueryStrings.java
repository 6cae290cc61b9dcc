package io.contactscontracts.mock.internal.http;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.IOException;
import java.util.regex.Pattern;

/**
 * Hands WireMock a query string it can parse. WireMock decodes the query of every request for its journal
 * with a strict decoder and fails (a 500) on a {@code %} that starts no valid escape, such as {@code ?a=%zz};
 * the services decode leniently and keep such text as sent. This filter escapes those stray {@code %} signs
 * ({@code %zz} becomes {@code %25zz}), which decodes to exactly the text the services see.
 */
final class LenientQueryStrings implements Filter {
  private static final Pattern STRAY_PERCENT = Pattern.compile("%(?![0-9A-Fa-f]{2})");

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    HttpServletRequest http = (HttpServletRequest) request;
    String query = http.getQueryString();
    if (query == null || !STRAY_PERCENT.matcher(query).find()) {
      chain.doFilter(request, response);
      return;
    }
    String escaped = STRAY_PERCENT.matcher(query).replaceAll("%25");
    chain.doFilter(new HttpServletRequestWrapper(http) {
      @Override
      public String getQueryString() {
        return escaped;
      }
    }, response);
  }
}
