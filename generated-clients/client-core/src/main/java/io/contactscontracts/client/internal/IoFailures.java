package io.contactscontracts.client.internal;

import feign.Request;
import io.contactscontracts.client.ConnectionException;
import io.contactscontracts.client.spi.ServiceProfile;
import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Locale;
import javax.net.ssl.SSLHandshakeException;

/**
 * Turns a transport's {@link IOException} into a {@link ConnectionException}, deciding whether the
 * request can have reached the service. The three transports report the same failures with different
 * types, so this reads both the type and, for connect timeouts, the JDK's message.
 */
final class IoFailures {
  private final ServiceProfile service;
  private final Duration connectTimeout;
  private final Duration readTimeout;
  private final FailureFactory failures;

  IoFailures(ServiceProfile service, Duration connectTimeout, Duration readTimeout, FailureFactory failures) {
    this.service = service;
    this.connectTimeout = connectTimeout;
    this.readTimeout = readTimeout;
    this.failures = failures;
  }

  ConnectionException toException(IOException cause, Request request) {
    Exchange exchange = Exchange.noResponse(service, request);
    String call = exchange.describeRequest();
    String name = service.name();
    if (isConnectTimeout(cause)) {
      return failures.timedOut("Could not connect to " + name + " for " + call + " within the connect timeout of "
          + Durations.describe(connectTimeout) + "; the request was not sent. Check the base URL and the network, "
          + "or raise connectTimeout(...).", exchange, false, connectTimeout, cause);
    }
    if (isTimeout(cause)) {
      return failures.timedOut(name + " did not answer " + call + " within the read timeout of "
          + Durations.describe(readTimeout) + ". The request was sent and may have been processed: check whether "
          + "the contact exists before sending it again, or raise readTimeout(...).", exchange, true, readTimeout, cause);
    }
    if (isBeforeSending(cause)) {
      return failures.connectionFailed("Could not connect to " + name + " for " + call + " (" + describe(cause)
          + "); the request was not sent. Check the base URL and that the service is reachable.", exchange, false, cause);
    }
    return failures.connectionFailed("The connection to " + name + " failed during " + call + " (" + describe(cause)
        + "). The request may have been processed: check whether the contact exists before sending it again.",
        exchange, true, cause);
  }

  private static boolean isConnectTimeout(IOException e) {
    if (e instanceof HttpConnectTimeoutException) {
      return true;
    }
    // HttpURLConnection and OkHttp both let the JDK's "Connect timed out" through; reads say "Read timed out"/"timeout".
    return e instanceof SocketTimeoutException
        && e.getMessage() != null && e.getMessage().toLowerCase(Locale.ROOT).contains("connect");
  }

  private static boolean isTimeout(IOException e) {
    return e instanceof SocketTimeoutException || e instanceof HttpTimeoutException;
  }

  private static boolean isBeforeSending(IOException e) {
    return e instanceof ConnectException
        || e instanceof NoRouteToHostException
        || e instanceof UnknownHostException
        || e instanceof SSLHandshakeException;
  }

  private static String describe(Throwable e) {
    Throwable shown = e.getMessage() == null && e.getCause() != null ? e.getCause() : e;
    return shown.getClass().getSimpleName() + (shown.getMessage() == null ? "" : ": " + shown.getMessage());
  }
}
