package io.contactscontracts.client.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.contactscontracts.client.ApiTimeoutException;
import io.contactscontracts.client.ConnectionException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** How each transport's I/O failures are classified (the HTTP tests cover the ones loopback can produce). */
class IoFailuresTest {
  private final IoFailures io = new IoFailures(Fixtures.SERVICE, Duration.ofSeconds(5), Duration.ofSeconds(30), Fixtures.FAILURES);

  @Test
  void connectTimeoutsOfEveryTransportMeanNotSent() {
    for (IOException e : new IOException[] {
        new SocketTimeoutException("Connect timed out"), // HttpURLConnection, OkHttp
        new SocketTimeoutException("connect timed out"),
        new HttpConnectTimeoutException("HTTP connect timed out")}) { // java.net.http
      ConnectionException failure = io.toException(e, Fixtures.request());
      assertThat(failure).isInstanceOf(ApiTimeoutException.class);
      assertThat(failure.requestSent()).as(e.toString()).isFalse();
      assertThat(((ApiTimeoutException) failure).timeout()).isEqualTo(Duration.ofSeconds(5));
      assertThat(failure.getMessage()).contains("connect timeout of 5 s").contains("not sent");
    }
  }

  @Test
  void readTimeoutsOfEveryTransportMeanSent() {
    for (IOException e : new IOException[] {
        new SocketTimeoutException("Read timed out"), // HttpURLConnection
        new SocketTimeoutException("timeout"), // OkHttp
        new HttpTimeoutException("request timed out")}) { // java.net.http
      ConnectionException failure = io.toException(e, Fixtures.request());
      assertThat(failure).isInstanceOf(ApiTimeoutException.class);
      assertThat(failure.requestSent()).as(e.toString()).isTrue();
      assertThat(failure.getMessage()).contains("read timeout of 30 s").contains("may have been processed");
    }
  }

  @Test
  void failuresToConnectMeanNotSent() {
    assertThat(io.toException(new ConnectException("Connection refused"), Fixtures.request()).requestSent()).isFalse();
    assertThat(io.toException(new UnknownHostException("api.kejue.invalid"), Fixtures.request()).requestSent()).isFalse();
  }

  @Test
  void aConnectionThatBreaksLaterMeansTheRequestMayHaveBeenProcessed() {
    ConnectionException failure = io.toException(new SocketException("Connection reset"), Fixtures.request());
    assertThat(failure.requestSent()).isTrue();
    assertThat(failure.getMessage()).contains("Connection reset").contains("check whether the contact exists");
  }

  @Test
  void theExceptionHoldsTheRequestWithTheKeyRedacted() {
    ConnectionException failure = io.toException(new ConnectException("Connection refused"), Fixtures.request());
    assertThat(failure.request().headers().get("X-API-Key")).containsExactly(Redaction.REDACTED);
    assertThat(failure.request().headers().get("Content-Type")).containsExactly("application/json");
    assertThat(failure.status()).isEqualTo(-1);
    assertThat(failure.rawBody()).isEmpty();
  }
}
