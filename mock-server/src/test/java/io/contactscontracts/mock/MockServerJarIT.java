package io.contactscontracts.mock;

import static io.contactscontracts.mock.Http.json;
import static io.contactscontracts.mock.Http.post;
import static org.assertj.core.api.Assertions.assertThat;

import io.contactscontracts.kejue.KejueClient;
import io.contactscontracts.kejue.model.Contact;
import io.contactscontracts.kejue.model.ContactCreate;
import io.contactscontracts.recepta.ReceptaClient;
import io.contactscontracts.recepta.model.Client;
import io.contactscontracts.recepta.model.ContactCreateRequest;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The fat jar, started with {@code java -jar} as the README says, serves both services to plain HTTP and to
 * the generated clients, and stops cleanly.
 */
class MockServerJarIT {
  private static final Pattern BASE_URL = Pattern.compile("^\\s+(Kejue|Recepta)\\s+(http://\\S+)");

  private Path log;
  private Process process;

  private static Path jar() {
    Path jar = Path.of(System.getProperty("mock.jar", "target/contacts-mock-server.jar"));
    assertThat(jar).as("the fat jar is built by 'package' before integration tests").exists();
    return jar;
  }

  /** Starts the jar with its output going to a file (reading a pipe races with the process exiting). */
  private void start(String... args) throws IOException {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar().toString()));
    command.addAll(List.of(args));
    log = Files.createTempFile("contacts-mock-server", ".log");
    process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
  }

  private List<String> output() throws IOException {
    return Files.readAllLines(log, StandardCharsets.UTF_8);
  }

  private Map<String, String> awaitBanner() throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
    Map<String, String> baseUrls = new HashMap<>();
    while (baseUrls.size() < 2 && process.isAlive() && System.nanoTime() < deadline) {
      Thread.sleep(100);
      for (String line : output()) {
        Matcher url = BASE_URL.matcher(line);
        if (url.find()) {
          baseUrls.put(url.group(1), url.group(2));
        }
      }
    }
    assertThat(baseUrls).as("banner with both base URLs; output so far: %s", output()).containsOnlyKeys("Kejue", "Recepta");
    return baseUrls;
  }

  @AfterEach
  void stop() throws Exception {
    if (process != null && process.isAlive()) {
      process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }
    Files.deleteIfExists(log);
  }

  @Test
  void servesBothServicesAndStopsCleanlyOnSigterm() throws Exception {
    start("--kejue-port", "0", "--recepta-port", "0", "--validate-responses");
    Map<String, String> baseUrls = awaitBanner();

    HttpResponse<String> kejue = post(baseUrls.get("Kejue") + "/contacts", "{\"first_name\":\"Ada\"}",
        "X-API-Key", MockService.KEJUE.sampleApiKey());
    HttpResponse<String> recepta = post(baseUrls.get("Recepta") + "/api/contacts",
        "{\"firstName\":\"Jane\",\"lastName\":\"Doe\"}", "x-api-key", MockService.RECEPTA.sampleApiKey());
    HttpResponse<String> unauthorised = post(baseUrls.get("Kejue") + "/contacts", "{}");

    assertThat(kejue.statusCode()).as(kejue.body()).isEqualTo(200);
    assertThat(json(kejue).get("first_name").asText()).isEqualTo("Ada");
    assertThat(recepta.statusCode()).as(recepta.body()).isEqualTo(201);
    assertThat(json(recepta).at("/data/client/fullName").asText()).isEqualTo("Jane Doe");
    assertThat(unauthorised.statusCode()).isEqualTo(401);
    assertThat(output()).anyMatch(line -> line.contains("kej_test_sample")).anyMatch(line -> line.contains("Ctrl-C"));

    process.destroy(); // SIGTERM, like Ctrl-C: runs the shutdown hook
    assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("stops within 30 s").isTrue();
    assertThat(output()).anyMatch(line -> line.contains("contacts-mock-server stopped."))
        .noneMatch(line -> line.contains("MOCK BUG"));
  }

  @Test
  void eachGeneratedClientCreatesAContactThroughTheJar() throws Exception {
    start("--kejue-port", "0", "--recepta-port", "0", "--validate-responses");
    Map<String, String> baseUrls = awaitBanner();
    KejueClient kejue = KejueClient.builder().baseUrl(baseUrls.get("Kejue")).apiKey("kej_live_jar").build();
    ReceptaClient recepta = ReceptaClient.builder().baseUrl(baseUrls.get("Recepta")).apiKey("rcp_jar").build();

    Contact contact = kejue.contacts().createContact(new ContactCreate().firstName("Ada").tags(List.of("lead")));
    Client client = recepta.contacts().createContact(new ContactCreateRequest().firstName("Jane").lastName("Doe"))
        .getData().getClient();

    assertThat(contact.getId()).isNotBlank();
    assertThat(contact.getTags()).containsExactly("lead");
    assertThat(client.getFullName()).isEqualTo("Jane Doe");
    assertThat(client.getId()).matches("[0-9a-f]{24}");
    // the jar validated both responses against the spec before sending them
    assertThat(output()).noneMatch(line -> line.contains("MOCK BUG"));
  }

  @Test
  void helpDescribesTheOptions() throws Exception {
    start("--help");

    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).isZero();
    assertThat(String.join("\n", output())).contains("--kejue-port", "--fault-rate", "Prefer: code=429");
  }

  @Test
  void loadsUserStubsFromAMappingsFolder() throws Exception {
    Path dir = Files.createTempDirectory("mock-mappings");
    Path mappings = Files.createDirectories(dir.resolve("recepta").resolve("mappings"));
    Files.writeString(mappings.resolve("conflict.json"), "{\"request\":{\"method\":\"POST\",\"urlPath\":\"/api/v1/api/contacts\","
        + "\"headers\":{\"x-api-key\":{\"equalTo\":\"rcp_conflict\"}}},\"response\":{\"status\":409}}");

    start("--kejue-port", "0", "--recepta-port", "0", "--mappings", dir.toString());
    Map<String, String> baseUrls = awaitBanner();

    String url = baseUrls.get("Recepta") + "/api/contacts";
    assertThat(post(url, "{}", "x-api-key", "rcp_conflict").statusCode()).isEqualTo(409);
    assertThat(post(url, "{}", "x-api-key", "rcp_other").statusCode()).isEqualTo(201);
  }
}
