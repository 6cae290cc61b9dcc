package com.example.signup;

import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.contactscontracts.mock.MockService;
import io.contactscontracts.mock.junit.ContactsMockExtension;
import jakarta.servlet.ServletContext;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.eclipse.jetty.util.Jetty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jetty.JettyWebServer;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.json.JsonMapper;

/**
 * The application on Boot 4's own classpath (Jetty 12.1, servlet 6.1), served over HTTP, with the mock
 * server in the same JVM on its own Jetty: a signup reaches both emulated services and is stored there.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SignupApplicationTest {

  @RegisterExtension
  static final ContactsMockExtension mock = ContactsMockExtension.randomPorts();

  @DynamicPropertySource
  static void pointTheClientsAtTheMock(DynamicPropertyRegistry registry) {
    registry.add("contacts.kejue.base-url", mock::kejueBaseUrl);
    registry.add("contacts.kejue.api-key", () -> mock.apiKey(MockService.KEJUE));
    registry.add("contacts.recepta.base-url", mock::receptaBaseUrl);
    registry.add("contacts.recepta.api-key", () -> mock.apiKey(MockService.RECEPTA));
  }

  private static final Person ADA = new Person("Ada", "Lovelace", "ada@example.com", "+44 20 7946 0958");

  @Autowired
  WebServerApplicationContext application;

  @Autowired
  JsonMapper json;

  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void aSignupIsStoredAsAContactInBothServices() throws Exception {
    HttpResponse<String> response = postSignup(ADA);

    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    Signup signup = json.readValue(response.body(), Signup.class);
    assertThat(stored(MockService.KEJUE)).extracting(contact -> contact.path("id").asText())
        .containsExactly(signup.kejueContactId());
    assertThat(stored(MockService.RECEPTA)).extracting(contact -> contact.path("id").asText())
        .containsExactly(signup.receptaClientId());
    // Recepta's emulation normalises phone numbers with the phone-number library bundled in the mock's jar
    assertThat(stored(MockService.RECEPTA).get(0).path("phone").asText()).isEqualTo("+442079460958");
  }

  @Test
  void aPersonKejueRefusesGetsItsReasonAndIsNotCreatedInRecepta() throws Exception {
    // a stub of the test's own, through the WireMock API the mock server's jar carries, answers first
    mock.server().wireMock(MockService.KEJUE).stubFor(post(anyUrl())
        .willReturn(okJson("{\"detail\":[{\"type\":\"string_too_long\",\"loc\":[\"body\",\"last_name\"],"
            + "\"msg\":\"String should have at most 100 characters\",\"input\":\"Lovelace\"}]}").withStatus(422)));

    HttpResponse<String> response = postSignup(ADA);

    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    assertThat(response.body()).contains("String should have at most 100 characters");
    assertThat(stored(MockService.RECEPTA)).isEmpty();
  }

  @Test
  void theApplicationRunsOnBootsJettyAndServletApi(@Autowired ServletContext servletContext) {
    assertThat(application.getWebServer()).isInstanceOf(JettyWebServer.class);
    assertThat(Jetty.VERSION).startsWith("12.1.");
    assertThat(servletContext.getMajorVersion() + "." + servletContext.getMinorVersion()).isEqualTo("6.1");
  }

  private HttpResponse<String> postSignup(Person person) throws IOException, InterruptedException {
    int port = application.getWebServer().getPort();
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/signups"))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(person)))
        .build();
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }

  private static List<JsonNode> stored(MockService service) {
    return mock.server().contacts(service, mock.apiKey(service));
  }
}
