package io.contactscontracts.mock.testcontainers;

import io.contactscontracts.specs.ApiSpec;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.testcontainers.containers.wait.strategy.AbstractWaitStrategy;

/**
 * Ready when both services answer WireMock's health check ({@code GET /__admin/health}, with the admin token)
 * with 200. Polled here rather than with Testcontainers' {@code HttpWaitStrategy}, which keeps trying until its
 * timeout after the container has exited: a flag or spec the mock refuses ends the wait at once, with the
 * exit code and the mock's output in the exception.
 */
final class ReadinessWait extends AbstractWaitStrategy {
  private static final Duration POLL = Duration.ofMillis(200);

  private final ContactsMockContainer container;

  ReadinessWait(ContactsMockContainer container) {
    this.container = container;
    withStartupTimeout(Duration.ofMinutes(2));
  }

  @Override
  protected void waitUntilReady() {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    long deadline = System.nanoTime() + startupTimeout.toNanos();
    while (true) {
      if (!waitStrategyTarget.isRunning()) {
        Long exitCode = waitStrategyTarget.getCurrentContainerInfo().getState().getExitCodeLong();
        throw container.startFailed("The contacts mock server in " + container.getDockerImageName() + " exited with code "
            + exitCode + " before it was ready. Its output:\n" + waitStrategyTarget.getLogs());
      }
      if (healthy(http, ApiSpec.KEJUE) && healthy(http, ApiSpec.RECEPTA)) {
        return;
      }
      if (System.nanoTime() > deadline) {
        throw container.startFailed("The contacts mock server in " + container.getDockerImageName() + " was not ready "
            + "after " + startupTimeout.toSeconds() + " s (" + AdminApi.PATH + "/health of both ports). Its output:\n"
            + waitStrategyTarget.getLogs());
      }
      try {
        Thread.sleep(POLL.toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw container.startFailed("Interrupted while waiting for the contacts mock server to be ready");
      }
    }
  }

  private boolean healthy(HttpClient http, ApiSpec service) {
    URI health = URI.create("http://" + waitStrategyTarget.getHost() + ":"
        + waitStrategyTarget.getMappedPort(ServicePorts.of(service)) + AdminApi.PATH + "/health");
    HttpRequest request = HttpRequest.newBuilder(health).timeout(Duration.ofSeconds(2))
        .header("Authorization", "Bearer " + container.getAdminToken()).GET().build();
    try {
      return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
