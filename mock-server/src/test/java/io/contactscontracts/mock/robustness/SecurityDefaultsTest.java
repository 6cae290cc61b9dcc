package io.contactscontracts.mock.robustness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.github.tomakehurst.wiremock.http.ImmutableRequest;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.security.Authenticator;
import io.contactscontracts.mock.ContactsMockServer;
import io.contactscontracts.mock.MockService;
import io.contactscontracts.mock.cli.MockServerCommandAccess;
import java.io.IOException;
import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Who can reach the mock and its admin API. The tests bind only loopback addresses (the team's rule); what
 * happens on other addresses is checked on servers that are built but never started, through the same
 * WireMock authenticator the started server uses.
 */
class SecurityDefaultsTest {
  private static final String TOKEN = "t0ken-for-the-admin-api";

  @Test
  void theServerListensOnLoopbackOnlyUnlessToldOtherwise() throws IOException {
    assertThat(MockServerCommandAccess.defaultBindAddress()).as("the command line's default").isEqualTo("127.0.0.1");
    try (ContactsMockServer server = ContactsMockServer.builder().randomPorts().build().start()) {
      assertThat(server.bindAddress()).isEqualTo("127.0.0.1");
      assertThat(server.isLoopbackOnly()).isTrue();
      assertThat(server.adminToken()).as("no token needed on loopback").isEmpty();

      List<InetAddress> others = nonLoopbackAddresses();
      assumeThat(others).as("this machine has a non-loopback address to try").isNotEmpty();
      for (InetAddress address : others) {
        try (Socket socket = new Socket()) {
          socket.connect(new InetSocketAddress(address, server.port(MockService.KEJUE)), 2000);
          throw new AssertionError("connected to the mock through " + address);
        } catch (ConnectException expected) {
          // refused: nothing listens there
        }
      }
    }
  }

  @Test
  void onAnAddressOtherMachinesReachTheAdminApiGetsARandomToken() {
    ContactsMockServer first = ContactsMockServer.builder().bindAddress("0.0.0.0").build();
    ContactsMockServer second = ContactsMockServer.builder().bindAddress("0.0.0.0").build();

    assertThat(first.isLoopbackOnly()).isFalse();
    assertThat(first.adminToken()).hasValueSatisfying(token -> assertThat(token).hasSizeGreaterThanOrEqualTo(40));
    assertThat(first.adminToken()).isNotEqualTo(second.adminToken());
    for (MockService service : MockService.values()) {
      Authenticator admin = first.wireMock(service).getOptions().getAdminAuthenticator();
      assertThat(admin.authenticate(adminRequest(null))).as("%s without a token", service).isFalse();
      assertThat(admin.authenticate(adminRequest("Bearer " + second.adminToken().orElseThrow()))).isFalse();
      assertThat(admin.authenticate(adminRequest("Bearer " + first.adminToken().orElseThrow()))).isTrue();
    }
  }

  @Test
  void aGivenTokenIsRequiredWithBearerOnEveryAdminEndpointOfBothPorts() throws IOException {
    try (ContactsMockServer server = ContactsMockServer.builder().randomPorts().adminToken(TOKEN).build().start()) {
      assertThat(server.adminToken()).hasValue(TOKEN);
      for (MockService service : MockService.values()) {
        for (String path : List.of("/contacts", "/mappings", "/requests")) {
          String url = server.adminUrl(service) + path;
          assertThat(get(server, service, url, null)).as("%s %s without a token", service, path).isEqualTo(401);
          assertThat(get(server, service, url, "Bearer wrong")).as("a wrong token").isEqualTo(401);
          assertThat(get(server, service, url, "Token " + TOKEN)).as("WireMock's own scheme").isEqualTo(401);
          assertThat(get(server, service, url, "Bearer " + TOKEN)).as("%s %s with the token", service, path).isEqualTo(200);
        }
        assertThat(ValidCreate.answer(server, service).status()).as("the emulated API needs no admin token").isEqualTo(ValidCreate.successStatus(service));
      }
      assertThat(server.contacts(MockService.KEJUE, SpecFacts.of(MockService.KEJUE).validKey("good")))
          .as("the Java API does not go through HTTP").hasSize(1);
    }
  }

  @Test
  void theAdminApiCanBeTurnedOffWhileTheJavaApiKeepsWorking() throws IOException {
    try (ContactsMockServer server = ContactsMockServer.builder().randomPorts().adminApi(false).build().start()) {
      assertThat(server.isAdminApiEnabled()).isFalse();
      for (MockService service : MockService.values()) {
        assertThat(get(server, service, server.adminUrl(service) + "/contacts", null)).isEqualTo(401);
        assertThat(get(server, service, server.adminUrl(service) + "/mappings", "Bearer anything")).isEqualTo(401);
        assertThat(ValidCreate.answer(server, service).status()).isEqualTo(ValidCreate.successStatus(service));
      }
      assertThat(server.workspaces(MockService.RECEPTA)).hasSize(1);
    }
  }

  @Test
  void theBannerWarnsAboutAnAddressOtherMachinesReachAndPrintsTheRandomTokenOnce() {
    ContactsMockServer exposed = ContactsMockServer.builder().bindAddress("0.0.0.0").build();
    String token = exposed.adminToken().orElseThrow();

    String notice = String.join("\n", MockServerCommandAccess.securityNotice(exposed, "--bind", "0.0.0.0"));

    assertThat(notice).contains("WARNING", "0.0.0.0", "127.0.0.1", "Authorization: Bearer " + token);
    assertThat(notice.split(token, -1)).as("the token appears once").hasSize(2);
  }

  @Test
  void theBannerNeverPrintsAGivenTokenAndSaysWhenTheAdminApiIsOff() {
    ContactsMockServer given = ContactsMockServer.builder().bindAddress("0.0.0.0").adminToken(TOKEN).build();
    ContactsMockServer off = ContactsMockServer.builder().adminApi(false).build();
    ContactsMockServer local = ContactsMockServer.builder().build();

    assertThat(String.join("\n", MockServerCommandAccess.securityNotice(given, "--bind", "0.0.0.0", "--admin-token", TOKEN)))
        .contains("WARNING", "Bearer <your admin token>").doesNotContain(TOKEN);
    assertThat(String.join("\n", MockServerCommandAccess.securityNotice(off, "--no-admin")))
        .contains("admin API: off").doesNotContain("WARNING");
    assertThat(String.join("\n", MockServerCommandAccess.securityNotice(local))).contains("loopback only")
        .doesNotContain("WARNING");
  }

  private static ImmutableRequest adminRequest(String authorization) {
    ImmutableRequest.Builder request = ImmutableRequest.create()
        .withAbsoluteUrl("http://192.0.2.10:8081/__admin/contacts").withMethod(RequestMethod.GET);
    if (authorization != null) {
      request.withHeader("Authorization", authorization);
    }
    return request.build();
  }

  private static int get(ContactsMockServer server, MockService service, String url, String authorization)
      throws IOException {
    BadRequest.Draft request = BadRequest.to("GET", url.substring(url.indexOf("/__admin")));
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    return Wire.send(request.expect("admin", "admin", 0), server.port(service)).status();
  }

  private static List<InetAddress> nonLoopbackAddresses() throws SocketException {
    return Collections.list(NetworkInterface.getNetworkInterfaces()).stream()
        .filter(nic -> {
          try {
            return nic.isUp() && !nic.isLoopback();
          } catch (SocketException e) {
            return false;
          }
        })
        .flatMap(nic -> Collections.list(nic.getInetAddresses()).stream())
        .filter(address -> address instanceof Inet4Address && !address.isLoopbackAddress())
        .collect(Collectors.toList());
  }
}
