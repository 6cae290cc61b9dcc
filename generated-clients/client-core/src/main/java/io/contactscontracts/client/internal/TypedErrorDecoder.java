package io.contactscontracts.client.internal;

import feign.RetryableException;
import feign.Response;
import feign.Util;
import feign.codec.ErrorDecoder;
import io.contactscontracts.client.ContactsApiException;
import io.contactscontracts.client.RateLimitException;
import io.contactscontracts.client.ServerException;
import io.contactscontracts.client.spi.ServiceProfile;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Optional;

/**
 * Turns every non-2xx answer into the matching {@link ContactsApiException}. The ones a retry may help
 * (429, 5xx) are wrapped in Feign's {@link RetryableException} so Feign hands them to {@link
 * SafeRetryer}, which decides and unwraps.
 */
final class TypedErrorDecoder implements ErrorDecoder {
  private final ServiceProfile service;
  private final ErrorBodies errorBodies;
  private final FailureFactory failures;

  TypedErrorDecoder(ServiceProfile service, FailureFactory failures) {
    this.service = service;
    this.errorBodies = new ErrorBodies(service);
    this.failures = failures;
  }

  @Override
  public Exception decode(String methodKey, Response response) {
    Instant received = Instant.now();
    byte[] body = readBody(response);
    Duration retryAfter = firstHeader(response, "Retry-After")
        .flatMap(value -> RetryAfter.parse(value, received))
        .orElse(null);
    Exchange exchange = Exchange.response(service, response.request(), response.status(), body,
        response.headers(), errorBodies.read(body, firstHeader(response, "Content-Type").orElse(null)), retryAfter);
    ContactsApiException failure = failures.answered(exchange);
    if (failure instanceof RateLimitException || failure instanceof ServerException) {
      // Only SafeRetryer sees this wrapper (it throws the typed failure), so it may carry Feign's own
      // request, which names the operation for the retry metrics.
      return new RetryableException(exchange.status(), failure.getMessage(), exchange.request().httpMethod(),
          failure, (Long) null, response.request());
    }
    return failure;
  }

  private static byte[] readBody(Response response) {
    if (response.body() == null) {
      return new byte[0];
    }
    try (InputStream in = response.body().asInputStream()) {
      return Util.toByteArray(in);
    } catch (IOException unreadable) {
      // the status alone still decides the exception; the body is only detail
      return new byte[0];
    }
  }

  private static Optional<String> firstHeader(Response response, String name) {
    Collection<String> values = response.headers().get(name);
    return values == null ? Optional.empty() : values.stream().findFirst();
  }
}
