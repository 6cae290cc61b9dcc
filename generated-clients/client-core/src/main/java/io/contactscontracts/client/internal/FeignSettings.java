package io.contactscontracts.client.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import feign.Feign;
import feign.Logger;
import feign.Request;
import feign.codec.Decoder;
import io.contactscontracts.client.Transport;
import io.contactscontracts.client.spi.ClientSettings;
import io.contactscontracts.client.spi.GeneratedClient;
import io.contactscontracts.client.spi.ServiceProfile;
import java.time.Duration;

/** The builder's checked options, which build the generated operations with Feign and the shared behaviour. */
public final class FeignSettings implements ClientSettings {
  private final ServiceProfile service;
  private final String apiKey;
  private final String baseUrl;
  private final Duration connectTimeout;
  private final Duration readTimeout;
  private final RetryPolicy retryPolicy;
  private final Transport transport;
  private final RequestHooks hooks;
  private final CallMetrics metrics;
  private final FailureFactory failures;

  /** Takes options the builder has checked. */
  public FeignSettings(ServiceProfile service, String apiKey, String baseUrl, Duration connectTimeout,
      Duration readTimeout, RetryPolicy retryPolicy, Transport transport, RequestHooks hooks, CallMetrics metrics,
      FailureFactory failures) {
    this.service = service;
    this.apiKey = apiKey;
    this.baseUrl = baseUrl;
    this.connectTimeout = connectTimeout;
    this.readTimeout = readTimeout;
    this.retryPolicy = retryPolicy;
    this.transport = transport;
    this.hooks = hooks;
    this.metrics = metrics;
    this.failures = failures;
  }

  @Override
  public String baseUrl() {
    return baseUrl;
  }

  @Override
  public <A> A newApi(Class<A> operations) {
    GeneratedClient generated = service.generated();
    ObjectMapper mapper = generated.newObjectMapper();
    // unset (undefined) fields and nulls of non-nullable fields are left out of request bodies
    mapper.setSerializationInclusion(JsonInclude.Include.NON_NULL);
    Feign.Builder feign = Feign.builder().encoder(generated.encoder(mapper));
    applyTo(feign, generated.decoder(mapper));
    return feign.target(operations, baseUrl);
  }

  private void applyTo(Feign.Builder feign, Decoder generatedDecoder) {
    org.slf4j.Logger log = service.logger();
    IoFailures ioFailures = new IoFailures(service, connectTimeout, readTimeout, failures);
    feign.client(new LoggingClient(Transports.newClient(transport, connectTimeout, readTimeout), log))
        .options(new Request.Options(connectTimeout, readTimeout, false))
        .decoder(new StrictDecoder(generatedDecoder, service, ioFailures, failures))
        .errorDecoder(new TypedErrorDecoder(service, failures))
        .retryer(new SafeRetryer(retryPolicy, ioFailures, log, metrics));
    if (metrics != CallMetrics.NONE) {
      feign.methodInterceptor(new CallTimer(metrics));
    }
    if (!hooks.isEmpty()) {
      feign.requestInterceptor(hooks);
    }
    // after the user's hooks, which therefore never see the key nor replace it
    feign.requestInterceptor(new KeyHeader(service.keyHeader(), apiKey))
        .logger(new RedactingLogger(log, service, apiKey))
        .logLevel(Logger.Level.FULL);
  }

  @Override
  public String toString() {
    return "ClientSettings{service=" + service.name() + ", baseUrl=" + baseUrl + ", apiKey=" + Redaction.REDACTED
        + ", transport=" + transport + "}";
  }
}
