package io.contactscontracts.client.internal;

import feign.Request;
import feign.Response;
import io.contactscontracts.client.spi.ServiceProfile;
import java.io.IOException;

/**
 * Feign's wire log (request and response lines, headers and bodies) at SLF4J TRACE, with the API key
 * header redacted. Feign runs at {@code FULL}; this logger stays silent unless TRACE is enabled. As a
 * second guard, the key's literal value is replaced wherever it would appear (e.g. echoed in a body).
 */
final class RedactingLogger extends feign.Logger {
  /** Shorter values are not worth scrubbing (and would mangle unrelated text). */
  private static final int MIN_SCRUBBED_LENGTH = 6;

  private final org.slf4j.Logger log;
  private final ServiceProfile service;
  private final String apiKey;

  RedactingLogger(org.slf4j.Logger log, ServiceProfile service, String apiKey) {
    this.log = log;
    this.service = service;
    this.apiKey = apiKey;
  }

  @Override
  protected void logRequest(String configKey, Level logLevel, Request request) {
    if (log.isTraceEnabled()) {
      super.logRequest(configKey, logLevel, Redaction.redact(request, service.keyHeader()));
    }
  }

  @Override
  protected Response logAndRebufferResponse(String configKey, Level logLevel, Response response, long elapsedTime)
      throws IOException {
    return log.isTraceEnabled() ? super.logAndRebufferResponse(configKey, logLevel, response, elapsedTime) : response;
  }

  @Override
  protected IOException logIOException(String configKey, Level logLevel, IOException ioe, long elapsedTime) {
    return log.isTraceEnabled() ? super.logIOException(configKey, logLevel, ioe, elapsedTime) : ioe;
  }

  @Override
  protected void logRetry(String configKey, Level logLevel) {
    // SafeRetryer logs each retry at DEBUG with its reason and delay.
  }

  @Override
  protected boolean shouldLogResponseHeader(String header) {
    return !Redaction.isSensitive(header, service.keyHeader());
  }

  @Override
  protected void log(String configKey, String format, Object... args) {
    if (log.isTraceEnabled()) {
      log.trace(scrub(methodTag(configKey) + String.format(format, args)));
    }
  }

  private String scrub(String line) {
    return apiKey.length() < MIN_SCRUBBED_LENGTH ? line : line.replace(apiKey, Redaction.REDACTED);
  }
}
