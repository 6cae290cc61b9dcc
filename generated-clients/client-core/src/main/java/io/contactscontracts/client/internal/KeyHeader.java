package io.contactscontracts.client.internal;

import feign.RequestInterceptor;
import feign.RequestTemplate;

/** Sends the API key in the service's key header, as a literal (a key is never a URI template). */
final class KeyHeader implements RequestInterceptor {
  private final String header;
  private final String apiKey;

  KeyHeader(String header, String apiKey) {
    this.header = header;
    this.apiKey = apiKey;
  }

  @Override
  public void apply(RequestTemplate template) {
    template.removeHeader(header);
    template.headerLiteral(header, apiKey);
  }
}
