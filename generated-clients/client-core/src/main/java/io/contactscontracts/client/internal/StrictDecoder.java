package io.contactscontracts.client.internal;

import feign.FeignException;
import feign.Response;
import feign.Types;
import feign.Util;
import feign.codec.Decoder;
import io.contactscontracts.client.ResponseDecodingException;
import io.contactscontracts.client.spi.ServiceError;
import io.contactscontracts.client.spi.ServiceProfile;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Type;

/**
 * Wraps the generated decoder so a success answer that cannot be read fails with a {@link
 * ResponseDecodingException} carrying the raw body, instead of Feign's bare DecodeException, and an
 * empty body fails instead of silently becoming {@code null}.
 */
final class StrictDecoder implements Decoder {
  private final Decoder generated;
  private final ServiceProfile service;
  private final IoFailures ioFailures;
  private final FailureFactory failures;

  StrictDecoder(Decoder generated, ServiceProfile service, IoFailures ioFailures, FailureFactory failures) {
    this.generated = generated;
    this.service = service;
    this.ioFailures = ioFailures;
    this.failures = failures;
  }

  @Override
  public Object decode(Response response, Type type) throws IOException {
    byte[] body;
    try (InputStream in = response.body() == null ? InputStream.nullInputStream() : response.body().asInputStream()) {
      body = Util.toByteArray(in);
    } catch (IOException e) {
      throw ioFailures.toException(e, response.request());
    }
    if (new String(body, Util.UTF_8).isBlank()) {
      throw failures.undecodable(exchange(response, body), expected(type), null);
    }
    try {
      return generated.decode(response.toBuilder().body(body).build(), type);
    } catch (FeignException e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      throw failures.undecodable(exchange(response, body), expected(type), e);
    }
  }

  private Exchange exchange(Response response, byte[] body) {
    return Exchange.response(service, response.request(), response.status(), body, response.headers(),
        ServiceError.none(), null);
  }

  private static String expected(Type type) {
    return Types.getRawType(type).getSimpleName();
  }
}
