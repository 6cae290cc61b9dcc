package io.contactscontracts.mock.internal.http;

import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.HttpHeaders;
import com.github.tomakehurst.wiremock.http.ImmutableRequest;

import com.github.tomakehurst.wiremock.http.RequestMethod;
import io.contactscontracts.mock.internal.emulation.IncomingRequest;
import io.contactscontracts.mock.internal.journal.RecordedExchange;
import jakarta.servlet.http.HttpServletRequest;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpURI;
import org.eclipse.jetty.server.Request;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;

/**
 * A request straight from the servlet container, its body as {@link RequestBodyGuard} read it, as the emulation
 * reads it. Jetty reuses its request objects, so what outlives the request is copied out
 * ({@link #recorded(long)}) before the answer is sent.
 */
final class ServletRequestView implements IncomingRequest {
  private final HttpServletRequest request;
  private final byte[] body;
  private String url;
  private String method;

  ServletRequestView(HttpServletRequest request, byte[] body) {
    this.request = request;
    this.body = body;
  }

  @Override
  public String method() {
    if (method == null) {
      method = request.getMethod().toUpperCase(Locale.ROOT);
    }
    return method;
  }

  @Override
  public String url() {
    if (url == null) {
      String query = request.getQueryString();
      url = query == null || query.isEmpty() ? request.getRequestURI() : request.getRequestURI() + "?" + query;
    }
    return url;
  }

  @Override
  public List<String> header(String name) {
    Enumeration<String> values = request.getHeaders(name);
    if (values == null || !values.hasMoreElements()) {
      return List.of();
    }
    String first = values.nextElement();
    if (!values.hasMoreElements()) {
      return List.of(first);
    }
    List<String> all = new ArrayList<>();
    all.add(first);
    while (values.hasMoreElements()) {
      all.add(values.nextElement());
    }
    return all;
  }

  @Override
  public byte[] body() {
    return body;
  }

  private String absoluteUrl() {
    String query = request.getQueryString();
    String base = request.getRequestURL().toString();
    return query == null || query.isEmpty() ? base : base + "?" + query;
  }

  /** The request as WireMock sees one, to ask users' stubs whether they match it. */
  com.github.tomakehurst.wiremock.http.Request asWireMockRequest() {
    List<String> pairs = headerPairs();
    HttpHeaders headers = new HttpHeaders();
    for (int i = 0; i < pairs.size(); i += 2) {
      headers = headers.plus(HttpHeader.httpHeader(pairs.get(i), pairs.get(i + 1)));
    }
    return ImmutableRequest.create()
        .withAbsoluteUrl(absoluteUrl())
        .withMethod(RequestMethod.fromString(method()))
        .withProtocol(request.getProtocol())
        .withClientIp(request.getRemoteAddr())
        .withHeaders(headers)
        .withBody(body)
        .build();
  }

  /**
   * What the journal keeps of the request, taken now. Jetty's own request is read directly where it can be: its
   * header list in one pass (the servlet API looks each name up again) and its URI, which is immutable and so
   * outlives the request, as the absolute URL when somebody asks.
   */
  RecordedExchange.Request recorded(long loggedAtMillis) {
    Request jetty = Request.getBaseRequest(request);
    if (jetty == null) {
      String absoluteUrl = absoluteUrl();
      return new RecordedExchange.Request(loggedAtMillis, method(), () -> absoluteUrl, url(), request.getRemoteAddr(),
          request.getProtocol(), headerPairs().toArray(String[]::new), body);
    }
    HttpFields fields = jetty.getHttpFields();
    String[] headers = new String[fields.size() * 2];
    int i = 0;
    for (HttpField field : fields) {
      headers[i++] = field.getName();
      headers[i++] = field.getValue();
    }
    HttpURI uri = jetty.getHttpURI();
    return new RecordedExchange.Request(loggedAtMillis, method(), uri::toString, url(), request.getRemoteAddr(),
        request.getProtocol(), headers, body);
  }

  private List<String> headerPairs() {
    List<String> pairs = new ArrayList<>(24);
    for (Enumeration<String> names = request.getHeaderNames(); names.hasMoreElements(); ) {
      String name = names.nextElement();
      for (Enumeration<String> values = request.getHeaders(name); values.hasMoreElements(); ) {
        pairs.add(name);
        pairs.add(values.nextElement());
      }
    }
    return pairs;
  }
}
