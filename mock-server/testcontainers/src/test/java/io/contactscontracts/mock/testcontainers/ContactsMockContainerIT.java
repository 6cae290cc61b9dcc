package io.contactscontracts.mock.testcontainers;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.contactscontracts.kejue.KejueClient;
import io.contactscontracts.kejue.model.Contact;
import io.contactscontracts.kejue.model.ContactCreate;
import io.contactscontracts.recepta.model.Client;
import io.contactscontracts.recepta.model.ContactCreateRequest;
import io.contactscontracts.specs.ApiSpec;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** One container of the image, as a test suite would use it: the ready clients, the stored contacts, the admin API's guard. */
class ContactsMockContainerIT {
  private static ContactsMockContainer mock;

  @BeforeAll
  static void start() {
    ContainerEngine.requireImage(ContactsMockContainer.DEFAULT_IMAGE);
    // -Xshare:on: the JVM refuses to start unless the image's class-data archive fits its JVM and its jars
    mock = new ContactsMockContainer().withEnv("JAVA_OPTS", "-Xshare:on");
    mock.start();
  }

  @AfterAll
  static void stop() {
    if (mock != null) {
      mock.stop();
    }
  }

  @AfterEach
  void emptyTheStore() {
    mock.deleteAllContacts();
  }

  @Test
  void bothServicesCreateThroughTheReadyClientsAndTheContactsCanBeReadBack() {
    Contact ada = mock.kejueClient().contacts().createContact(new ContactCreate().firstName("Ada").lastName("Lovelace"));
    Client jane = mock.receptaClient().contacts()
        .createContact(new ContactCreateRequest().firstName("Jane").lastName("Doe")).getData().getClient();

    List<JsonNode> kejue = mock.contacts(ApiSpec.KEJUE);
    assertThat(kejue).singleElement().satisfies(stored -> {
      assertThat(stored.path("id").asText()).isEqualTo(ada.getId());
      assertThat(stored.path("first_name").asText()).isEqualTo("Ada");
    });
    List<JsonNode> recepta = mock.contacts(ApiSpec.RECEPTA, mock.getApiKey(ApiSpec.RECEPTA));
    assertThat(recepta).singleElement().satisfies(stored -> {
      assertThat(stored.path("id").asText()).isEqualTo(jane.getId());
      assertThat(stored.path("fullName").asText()).isEqualTo("Jane Doe");
    });
    assertThat(mock.getKejueBaseUrl()).startsWith("http://" + mock.getHost() + ":").doesNotEndWith("/");
  }

  @Test
  void workspacesAreKeptApartAndEmptiedOneByOne() {
    KejueClient other = KejueClient.builder().baseUrl(mock.getKejueBaseUrl()).apiKey("kej_test_other").build();
    other.contacts().createContact(new ContactCreate().firstName("Grace"));
    other.contacts().createContact(new ContactCreate().firstName("Alan"));
    mock.kejueClient().contacts().createContact(new ContactCreate().firstName("Ada"));

    assertThat(mock.contacts(ApiSpec.KEJUE, "kej_test_other")).extracting(c -> c.path("first_name").asText())
        .containsExactly("Grace", "Alan");
    assertThat(mock.deleteContacts(ApiSpec.KEJUE, "kej_test_other")).isEqualTo(2);
    assertThat(mock.contacts(ApiSpec.KEJUE, "kej_test_other")).isEmpty();
    assertThat(mock.contacts(ApiSpec.KEJUE)).hasSize(1);
  }

  @Test
  void theAdminApiWantsTheTokenOnTheContainersAddress() throws IOException, InterruptedException {
    HttpResponse<String> withoutToken = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create(mock.getAdminUrl(ApiSpec.KEJUE) + "/contacts")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(withoutToken.statusCode()).isEqualTo(401);

    HttpResponse<String> health = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create(mock.getAdminUrl(ApiSpec.RECEPTA) + "/health"))
            .header("Authorization", "Bearer " + mock.getAdminToken()).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(health.statusCode()).isEqualTo(200);
  }

  @Test
  void theAdminApiStillRefusesAForeignHostWithTheRightToken() throws IOException {
    // a DNS-rebinding page's request: the right port, the token even, but another name in Host
    String answer = rawGet(ApiSpec.KEJUE, "/__admin/contacts", "evil.example");
    assertThat(answer).startsWith("HTTP/1.1 403").contains("host-not-allowed");
    assertThat(rawGet(ApiSpec.KEJUE, "/__admin/contacts", "localhost")).startsWith("HTTP/1.1 200");
  }

  @Test
  void theServerRunsAsTheImagesUnprivilegedUser() throws IOException, InterruptedException {
    assertThat(mock.execInContainer("id", "-u").getStdout().strip()).isEqualTo("10001");
  }

  @Test
  void theImageNamesItsVersion() throws IOException, InterruptedException {
    String version = mock.execInContainer("sh", "-c",
        "java -cp @/app/jib-classpath-file @/app/jib-main-class-file --version").getStdout().strip();
    assertThat(version).isEqualTo(ContactsMockContainer.DEFAULT_IMAGE.getVersionPart());
  }

  /** HTTP/1.1 by hand: Java's HttpClient does not let a caller set Host. */
  private static String rawGet(ApiSpec service, String path, String host) throws IOException {
    URI admin = URI.create(mock.getAdminUrl(service));
    try (Socket socket = new Socket(admin.getHost(), admin.getPort())) {
      socket.setSoTimeout(10_000);
      OutputStream out = socket.getOutputStream();
      out.write(("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nAuthorization: Bearer " + mock.getAdminToken()
          + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
      out.flush();
      InputStream in = socket.getInputStream();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
