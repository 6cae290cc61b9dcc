package io.contactscontracts.client;

import feign.Feign;
import feign.Logger;
import feign.Request;
import feign.codec.Decoder;
import java.time.Duration;

/**
 * The checked options of a {@link ClientBuilder}, handed to the client it builds. A client module uses
 * it once: to read the key and base URL, and to {@linkplain #applyTo(Feign.Builder, Decoder) set up}
 * the generated Feign builder.
 */
public final class ClientSettings {
  private final ServiceProfile service;
  private final String apiKey;
  private final String baseUrl;
  private final Duration connectTimeout;
  private final Duration readTimeout;
  private final RetryPolicy retryPolicy;
  private final Transport transport;

  ClientSettings(ServiceProfile service, String apiKey, String baseUrl, Duration connectTimeout,
      Duration readTimeout, RetryPolicy retryPolicy, Transport transport) {
    this.service = service;
    this.apiKey = apiKey;
    this.baseUrl = baseUrl;
    this.connectTimeout = connectTimeout;
    this.readTimeout = readTimeout;
    this.retryPolicy = retryPolicy;
    this.transport = transport;
  }

  public String apiKey() {
    return apiKey;
  }

  public String baseUrl() {
    return baseUrl;
  }

  /**
   * Sets up a generated client's Feign builder: transport and timeouts, typed errors, safe retries and
   * redacted logging. Call it before the builder's interceptors are used; it keeps them.
   *
   * @param feign the generated {@code ApiClient}'s {@code getFeignBuilder()}
   * @param generatedDecoder the generated response decoder, wrapped so unreadable bodies fail clearly
   */
  public void applyTo(Feign.Builder feign, Decoder generatedDecoder) {
    org.slf4j.Logger log = service.logger();
    IoFailures ioFailures = new IoFailures(service, connectTimeout, readTimeout);
    feign.client(new LoggingClient(transport.newClient(connectTimeout, readTimeout), log))
        .options(new Request.Options(connectTimeout, readTimeout, false))
        .decoder(new StrictDecoder(generatedDecoder, service, ioFailures))
        .errorDecoder(new TypedErrorDecoder(service))
        .retryer(new SafeRetryer(retryPolicy, ioFailures, log))
        .logger(new RedactingLogger(log, service, apiKey))
        .logLevel(Logger.Level.FULL);
  }

  @Override
  public String toString() {
    return "ClientSettings{service=" + service.name() + ", baseUrl=" + baseUrl + ", apiKey=" + ServiceProfile.REDACTED
        + ", transport=" + transport + "}";
  }
}
