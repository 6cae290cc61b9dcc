package io.contactscontracts.mock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The plain Java API: start, stop, addresses, and clear errors for bad configuration. */
class ContactsMockServerTest {

  @Test
  void startsBothServicesOnTheirOwnPortsUnderTheSpecsBasePaths() {
    try (ContactsMockServer server = ContactsMockServer.builder().kejuePort(0).receptaPort(0)
        .bindAddress("127.0.0.1").build().start()) {
      assertThat(server.isRunning()).isTrue();
      assertThat(server.port(MockService.KEJUE)).isPositive().isNotEqualTo(server.port(MockService.RECEPTA));
      assertThat(server.kejueBaseUrl()).isEqualTo("http://127.0.0.1:" + server.port(MockService.KEJUE) + "/api/v1");
      assertThat(server.receptaBaseUrl()).isEqualTo("http://127.0.0.1:" + server.port(MockService.RECEPTA) + "/api/v1");
      assertThat(server.adminUrl(MockService.KEJUE)).endsWith(server.port(MockService.KEJUE) + "/__admin");
      assertThat(server.apiKeyHeader(MockService.KEJUE)).isEqualTo("X-API-Key");
      assertThat(server.apiKeyHeader(MockService.RECEPTA)).isEqualTo("x-api-key");
    }
  }

  @Test
  void stopAndCloseAreSafeToRepeat() {
    ContactsMockServer server = ContactsMockServer.builder().randomPorts().build().start();

    server.stop();
    server.close();

    assertThat(server.isRunning()).isFalse();
    assertThatThrownBy(() -> server.port(MockService.KEJUE)).hasMessageContaining("start()");
  }

  @Test
  void aPortInUseIsReportedWithWhatToDo() throws IOException {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      ContactsMockServer server = ContactsMockServer.builder().receptaPort(taken.getLocalPort()).kejuePort(0).build();

      assertThatThrownBy(server::start)
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("Recepta")
          .hasMessageContaining(String.valueOf(taken.getLocalPort()))
          .hasMessageContaining("0 for a random free one");
      assertThat(server.isRunning()).isFalse();
      assertThat(server.wireMock(MockService.KEJUE).isRunning()).as("the service that did start is stopped again").isFalse();
    }
  }

  @Test
  void aPortInUseForTheFirstServiceStopsTheOneStartedBesideIt() throws IOException {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      ContactsMockServer server = ContactsMockServer.builder().kejuePort(taken.getLocalPort()).receptaPort(0).build();

      assertThatThrownBy(server::start)
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("Kejue cannot listen")
          .hasMessageContaining(String.valueOf(taken.getLocalPort()));
      assertThat(server.wireMock(MockService.RECEPTA).isRunning()).as("the service started beside it is stopped again")
          .isFalse();
    }
  }

  @Test
  void badSettingsAreRejectedWithTheAllowedRange() {
    ContactsMockServer.Builder builder = ContactsMockServer.builder();

    assertThatThrownBy(() -> builder.kejuePort(70000)).hasMessageContaining("65535");
    assertThatThrownBy(() -> builder.faultRate(1.5)).hasMessageContaining("between 0 and 1");
    assertThatThrownBy(() -> builder.faultRate(Double.NaN)).hasMessageContaining("between 0 and 1");
    assertThatThrownBy(() -> builder.latencyMs(-1)).hasMessageContaining("0 or more");
    assertThatThrownBy(() -> builder.journalSize(-1)).hasMessageContaining("0 or more");
    assertThatThrownBy(() -> builder.mappingsDirectory(Path.of("does-not-exist")))
        .hasMessageContaining("does-not-exist").hasMessageContaining("kejue/mappings");
  }

  @Test
  void defaultsAreTheDocumentedPortsAndSampleKeys() {
    assertThat(MockService.KEJUE.defaultPort()).isEqualTo(8081);
    assertThat(MockService.RECEPTA.defaultPort()).isEqualTo(8082);
    assertThat(MockService.KEJUE.sampleApiKey()).startsWith("kej_test_");
    assertThat(MockService.RECEPTA.sampleApiKey()).startsWith("rcp_");
  }
}
