package com.example.signup;

import static org.assertj.core.api.Assertions.assertThat;

import io.contactscontracts.mock.testcontainers.ContactsMockContainer;
import io.contactscontracts.specs.ApiSpec;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.testcontainers.DockerClientFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * The same signup against the mock server's image, started by the Testcontainers module, as an application
 * would test against it in a pipeline: nothing of the mock (its Jetty, WireMock) on the application's classpath.
 * Without a container engine the test is skipped; under {@code CI=true} it fails instead.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SignupContainerTest {
  private static ContactsMockContainer mock;

  @DynamicPropertySource
  static void pointTheClientsAtTheContainer(DynamicPropertyRegistry registry) {
    requireContainerEngine();
    mock = new ContactsMockContainer();
    mock.start();
    registry.add("contacts.kejue.base-url", mock::getKejueBaseUrl);
    registry.add("contacts.kejue.api-key", () -> mock.getApiKey(ApiSpec.KEJUE));
    registry.add("contacts.recepta.base-url", mock::getReceptaBaseUrl);
    registry.add("contacts.recepta.api-key", () -> mock.getApiKey(ApiSpec.RECEPTA));
  }

  @AfterAll
  static void stopTheContainer() {
    if (mock != null) {
      mock.stop();
    }
  }

  @Autowired
  WebServerApplicationContext application;

  @Autowired
  JsonMapper json;

  @Test
  void aSignupIsStoredAsAContactInBothContainerisedServices() throws Exception {
    Person grace = new Person("Grace", "Hopper", "grace@example.com", "+1 202 555 0143");
    HttpRequest request = HttpRequest.newBuilder(
            URI.create("http://localhost:" + application.getWebServer().getPort() + "/signups"))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(grace)))
        .build();

    HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());

    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    Signup signup = json.readValue(response.body(), Signup.class);
    assertThat(mock.contacts(ApiSpec.KEJUE)).extracting(contact -> contact.path("id").asText())
        .containsExactly(signup.kejueContactId());
    assertThat(mock.contacts(ApiSpec.RECEPTA)).extracting(contact -> contact.path("id").asText())
        .containsExactly(signup.receptaClientId());
  }

  private static void requireContainerEngine() {
    if (DockerClientFactory.instance().isDockerAvailable()) {
      return;
    }
    String problem = "No container engine (DOCKER_HOST=" + System.getenv("DOCKER_HOST") + "); as root, run "
        + ".ci/podman-setup, then build again";
    if ("true".equalsIgnoreCase(System.getenv("CI"))) {
      Assertions.fail(problem + " (CI=true: the container tests must run)");
    }
    Assumptions.abort(problem);
  }
}
