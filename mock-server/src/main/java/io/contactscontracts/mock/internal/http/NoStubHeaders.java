package io.contactscontracts.mock.internal.http;

import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.HttpHeaders;
import com.github.tomakehurst.wiremock.http.Response;
import com.github.tomakehurst.wiremock.extension.ResponseTransformerV2;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Takes WireMock's {@code Matched-Stub-Id} and {@code Matched-Stub-Name} headers off every answer: neither
 * service sends them, so a client tested against the mock must not see them either. WireMock adds them to every
 * matched response with no option to leave them out; a global response transformer, which runs after, is its
 * way to change what goes out. Which stub answered is still in the request journal.
 */
final class NoStubHeaders implements ResponseTransformerV2 {
  private static final String PREFIX = "matched-stub-";

  @Override
  public Response transform(Response response, ServeEvent serveEvent) {
    if (response.getHeaders() == null) {
      return response;
    }
    Collection<HttpHeader> all = response.getHeaders().all();
    List<HttpHeader> kept = new ArrayList<>(all.size());
    for (HttpHeader header : all) {
      if (!isStubHeader(header)) {
        kept.add(header);
      }
    }
    return kept.size() == all.size() ? response : Response.Builder.like(response).but().headers(new HttpHeaders(kept)).build();
  }

  private static boolean isStubHeader(HttpHeader header) {
    return header.key().regionMatches(true, 0, PREFIX, 0, PREFIX.length());
  }

  @Override
  public boolean applyGlobally() {
    return true;
  }

  @Override
  public String getName() {
    return "no-matched-stub-headers";
  }
}
