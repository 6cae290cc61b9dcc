package io.contactscontracts.mock.internal.http;

import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.Request;
import io.contactscontracts.mock.internal.emulation.IncomingRequest;
import java.util.List;

/** A request WireMock routed to the emulation's catch-all stub, as the emulation reads it. */
record WireMockRequestView(Request request) implements IncomingRequest {
  private static final byte[] NONE = new byte[0];

  @Override
  public String method() {
    return request.getMethod().getName();
  }

  @Override
  public String url() {
    return request.getUrl();
  }

  @Override
  public List<String> header(String name) {
    HttpHeader header = request.header(name); // WireMock looks names up case-insensitively
    return header.isPresent() ? header.values() : List.of();
  }

  @Override
  public byte[] body() {
    byte[] body = request.getBody();
    return body == null ? NONE : body;
  }
}
