package io.contactscontracts.client.internal;

import feign.Client;
import feign.Request;
import feign.Response;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;

/** Wraps the transport to log one DEBUG line per HTTP request: method, URL, status (or failure), time. */
final class LoggingClient implements Client {
  private final Client transport;
  private final Logger log;

  LoggingClient(Client transport, Logger log) {
    this.transport = transport;
    this.log = log;
  }

  @Override
  public Response execute(Request request, Request.Options options) throws IOException {
    if (!log.isDebugEnabled()) {
      return transport.execute(request, options);
    }
    long start = System.nanoTime();
    try {
      Response response = transport.execute(request, options);
      log.debug("{} {} -> {} ({} ms)", request.httpMethod(), request.url(), response.status(), since(start));
      return response;
    } catch (IOException e) {
      log.debug("{} {} -> failed after {} ms: {}", request.httpMethod(), request.url(), since(start), e.toString());
      throw e;
    }
  }

  private static long since(long start) {
    return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
  }
}
