package io.contactscontracts.mock.dashboard;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import io.contactscontracts.kejue.KejueClient;
import io.contactscontracts.kejue.model.ContactCreate;
import io.contactscontracts.mock.ContactsMockServer;
import io.contactscontracts.mock.MockService;
import io.contactscontracts.recepta.ReceptaClient;
import io.contactscontracts.recepta.model.ContactCreateRequest;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The dashboard in a real headless Chromium: contacts created through the generated clients appear in the
 * live log and the contacts view, a 422 shows its reason, a workspace is deleted, both API references
 * render, a hostile contact stays text, and a page of another origin can neither read nor change the
 * mock's state. With {@code -Ddashboard.screenshots=DIR} it also writes the screenshots the docs show.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DashboardBrowserIT {
  private static final String KEY = "kej_test_x";
  private static final String XSS_IMG = "<img src=x onerror=\"window.__xss='img'\">";
  private static final String XSS_SCRIPT = "<script>window.__xss='script'</script>";
  private static final Duration WAIT = Duration.ofSeconds(30);

  private ContactsMockServer mock;
  private ChromeDriver browser;
  private WebDriverWait wait;

  @BeforeAll
  void start() throws IOException {
    browser = Chromium.start();
    wait = new WebDriverWait(browser, WAIT);
    mock = ContactsMockServer.builder().randomPorts().build().start();
  }

  @AfterAll
  void stop() {
    if (browser != null) {
      browser.quit();
    }
    if (mock != null) {
      mock.stop();
    }
  }

  @Test
  @Order(1)
  void theLiveLogShowsRequestsAsTheyComeWithTheReasonOfA422() {
    browser.get(mock.dashboardUrl(MockService.KEJUE).orElseThrow());
    wait.until(ExpectedConditions.textToBe(By.id("log-state"), "live · updates every second"));
    assertThat(browser.findElement(By.id("service-name")).getText()).isEqualTo("Kejue");

    KejueClient kejue = KejueClient.builder().apiKey(KEY).baseUrl(mock.kejueBaseUrl()).build();
    kejue.contacts().createContact(new ContactCreate().firstName("Ada").lastName("Lovelace")
        .email("ada@example.com").company("Analytical Engines").tags(List.of("lead")));
    kejue.contacts().createContact(new ContactCreate().firstName("Grace").lastName("Hopper").email("grace@example.com"));
    kejue.contacts().createContact(new ContactCreate().firstName(XSS_IMG).lastName(XSS_SCRIPT).company(XSS_IMG));
    // the generated client cannot send a wrong type; a hand-written caller can: Kejue answers 422 with a detail list
    assertThat(send(mock.kejueBaseUrl() + "/contacts", "POST", "{\"first_name\":\"Bad\",\"tags\":null}",
        mock.apiKeyHeader(MockService.KEJUE), KEY)).isEqualTo(422);

    WebElement rejected = wait.until(driver -> driver.findElements(By.cssSelector("#log-body tr[data-status='422']"))
        .stream().findFirst().orElse(null));
    assertThat(rejected.getText()).contains("POST", "/api/v1/contacts", "kej_test_…", "emulation", "body.tags: ");
    List<WebElement> created = browser.findElements(By.cssSelector("#log-body tr[data-status='200']"));
    assertThat(created).hasSize(3);
    assertThat(browser.findElements(By.cssSelector("#log-body tr")).get(0).getAttribute("data-status"))
        .as("newest first").isEqualTo("422");

    // a fault asked for with Prefer, a user's stub: the log says so
    send(mock.kejueBaseUrl() + "/contacts", "POST", "{\"first_name\":\"Retry\"}", "Prefer", "code=503, retry-after=5",
        mock.apiKeyHeader(MockService.KEJUE), KEY);
    mock.wireMock(MockService.KEJUE).stubFor(get(urlPathEqualTo("/api/v1/health")).withName("health check")
        .willReturn(aResponse().withStatus(200).withBody("ok")));
    send("http://127.0.0.1:" + mock.port(MockService.KEJUE) + "/api/v1/health", "GET", "");
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("log-body"), "your stub: health check"));
    String log = browser.findElement(By.id("log-body")).getText();
    assertThat(log).contains("Prefer: code=503, retry-after=5", "Retry-After: 5");
    screenshot("dashboard-live-log.png");
  }

  @Test
  @Order(2)
  void storedContactsAreListedAndAHostileContactStaysText() {
    browser.findElement(By.id("tab-button-contacts")).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("workspaces"), KEY));
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("contacts-body"), "Ada"));
    String table = browser.findElement(By.id("contacts-body")).getText();
    assertThat(table).contains("Ada", "Lovelace", "Grace", XSS_IMG, XSS_SCRIPT);
    assertThat(browser.findElements(By.cssSelector("#contacts-body img, #contacts-body script"))).isEmpty();
    assertInert();

    browser.findElement(By.id("search")).sendKeys("grace");
    wait.until(driver -> !driver.findElement(By.id("contacts-body")).getText().contains("Ada"));
    assertThat(browser.findElement(By.id("contacts-body")).getText()).contains("Grace");
    browser.findElement(By.id("search")).clear();
    browser.findElement(By.id("search")).sendKeys(" ");
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("contacts-body"), "Ada"));

    ReceptaClient recepta = ReceptaClient.builder().apiKey("rcp_demo").baseUrl(mock.receptaBaseUrl()).build();
    recepta.contacts().createContact(new ContactCreateRequest().firstName("Jane").lastName("Doe").companyName("Acme Corp"));
    browser.findElement(By.id("search")).clear();
    screenshot("dashboard-contacts.png");
  }

  @Test
  @Order(3)
  void bothApiReferencesRenderTheRunningSpecAndTryItOutCallsTheMock() {
    browser.findElement(By.id("tab-button-api")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#swagger .opblock")));
    String reference = browser.findElement(By.id("swagger")).getText();
    assertThat(reference).contains("Kejue", "/contacts", "/api/v1");
    assertThat(reference).doesNotContain("api.kejue");
    screenshot("dashboard-api-reference.png");

    // try it out: the spec's example, with the key entered in Authorize, lands in this mock's store
    int before = mock.contacts(MockService.KEJUE, KEY).size();
    browser.findElement(By.cssSelector("#swagger .authorize")).click();
    WebElement keyInput = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".modal-ux input")));
    keyInput.sendKeys(KEY);
    browser.findElement(By.cssSelector(".modal-ux .auth-btn-wrapper button[type='submit']")).click();
    browser.findElement(By.cssSelector(".modal-ux .btn-done, .modal-ux button.close-modal")).click();
    browser.findElement(By.cssSelector("#swagger .opblock-post .opblock-summary")).click();
    WebElement tryOut = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#swagger .try-out__btn")));
    if (tryOut.getText().contains("Try it out")) { // the dashboard opens operations ready to try
      tryOut.click();
    }
    wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#swagger .execute"))).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#swagger .live-responses-table"), "200"));
    assertThat(mock.contacts(MockService.KEJUE, KEY)).as("created in the mock by try it out").hasSize(before + 1);

    browser.get(mock.dashboardUrl(MockService.RECEPTA).orElseThrow() + "#api");
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#swagger .opblock")));
    assertThat(browser.findElement(By.id("swagger")).getText()).contains("Recepta", "/api/contacts");
    assertThat(browser.findElement(By.id("service-name")).getText()).isEqualTo("Recepta");
    assertInert();
  }

  @Test
  @Order(4)
  void aWorkspaceIsDeletedFromTheDashboard() {
    browser.get(mock.dashboardUrl(MockService.KEJUE).orElseThrow() + "#contacts");
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("workspace-key"), KEY));
    browser.findElement(By.id("delete-workspace")).click();
    browser.findElement(By.id("delete-confirm")).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("notice"), "Deleted workspace " + KEY));
    wait.until(driver -> driver.findElement(By.id("workspaces")).getText().isEmpty());
    assertThat(mock.contacts(MockService.KEJUE, KEY)).isEmpty();
    assertThat(mock.workspaces(MockService.RECEPTA)).as("the other service untouched").hasSize(1);
    assertInert();
  }

  @Test
  @Order(5)
  void aPageOfAnotherOriginCanNeitherReadNorChangeTheMocksState() throws IOException {
    KejueClient kejue = KejueClient.builder().apiKey(KEY).baseUrl(mock.kejueBaseUrl()).build();
    kejue.contacts().createContact(new ContactCreate().firstName("Kept"));
    int stubs = mock.wireMock(MockService.KEJUE).listAllStubMappings().getMappings().size();
    String target = "http://127.0.0.1:" + mock.port(MockService.KEJUE) + "/__admin";

    HttpServer attacker = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    attacker.createContext("/", exchange -> {
      byte[] page = attackPage(target).getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
      exchange.sendResponseHeaders(200, page.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(page);
      }
    });
    attacker.start();
    try {
      // localhost vs 127.0.0.1: cross-site; 127.0.0.1 on another port: same-site, another origin
      for (String origin : List.of("http://localhost:", "http://127.0.0.1:")) {
        browser.get(origin + attacker.getAddress().getPort() + "/");
        wait.until(driver -> Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript("return window.__done === true")));
        @SuppressWarnings("unchecked")
        Map<String, Object> results = (Map<String, Object>) ((JavascriptExecutor) browser).executeScript("return window.__results");
        assertThat(results.get("read")).as("%s: reading the contacts", origin).asString().startsWith("blocked");
        assertThat(results.get("delete")).as("%s: a DELETE (needs a preflight)", origin).asString().startsWith("blocked");
        assertThat(String.valueOf(results.get("readAfter"))).doesNotContain("Kept");
      }
    } finally {
      attacker.stop(0);
    }
    assertThat(mock.contacts(MockService.KEJUE, KEY)).as("store unchanged").hasSize(1);
    assertThat(mock.wireMock(MockService.KEJUE).listAllStubMappings().getMappings()).as("no stub planted")
        .hasSize(stubs).noneMatch(stub -> String.valueOf(stub.getRequest().getUrl()).startsWith("/planted"));
    assertThat(mock.isRunning()).isTrue();
  }

  @Test
  @Order(6)
  void theDashboardRanUnderItsContentSecurityPolicyWithoutViolations() {
    List<String> console = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
        .map(LogEntry::getMessage).collect(Collectors.toList());
    assertThat(console).as("the console is captured: the attacker's page was refused CORS")
        .anyMatch(message -> message.contains("CORS policy"));
    assertThat(console).as("the attacker's page has no policy, so violations would be the dashboard's")
        .noneMatch(message -> message.contains("Content Security Policy"));
  }

  @Test
  @Order(7)
  void withAnAdminTokenThePageAsksForItAndSendsItAsAHeaderOnly() {
    String token = "dashboard-token-0123456789";
    try (ContactsMockServer guarded = ContactsMockServer.builder().randomPorts().adminToken(token).build().start()) {
      String url = guarded.dashboardUrl(MockService.KEJUE).orElseThrow();
      browser.get(url);
      wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("notice"), "requires an admin token"));
      assertThat(browser.findElement(By.id("log-state")).getText()).isEqualTo("not connected");

      browser.findElement(By.id("token")).sendKeys(token);
      browser.findElement(By.cssSelector("#token-form button[type='submit']")).click();
      wait.until(ExpectedConditions.textToBe(By.id("log-state"), "live · updates every second"));
      KejueClient.builder().apiKey(KEY).baseUrl(guarded.kejueBaseUrl()).build().contacts()
          .createContact(new ContactCreate().firstName("Behind a token"));
      wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#log-body tr[data-status='200']")));

      assertThat(browser.getCurrentUrl()).doesNotContain(token);
      assertThat(((JavascriptExecutor) browser).executeScript("return sessionStorage.getItem('contacts-mock-admin-token')"))
          .as("kept for this tab only").isEqualTo(token);
      assertThat(guarded.wireMock(MockService.KEJUE).getAllServeEvents())
          .noneMatch(event -> event.getRequest().getUrl().contains(token));
      browser.findElement(By.id("forget-token")).click();
      assertThat(((JavascriptExecutor) browser).executeScript("return sessionStorage.getItem('contacts-mock-admin-token')")).isNull();
    }
  }

  /**
   * Reads with fetch (CORS), deletes with fetch (preflight), plants a stub with a no-cors text/plain fetch
   * and with a text/plain form POST (the classic JSON CSRF), resets WireMock with a form POST.
   */
  private static String attackPage(String admin) {
    String stub = "{\"request\":{\"method\":\"GET\",\"url\":\"/planted-by-fetch\"},\"response\":{\"status\":200}}";
    return "<!doctype html><html><body>"
        + "<iframe name=sink style='display:none'></iframe>"
        + "<form id=plant method=POST enctype='text/plain' target=sink action='" + admin + "/mappings'>"
        + "<input type=hidden name='{\"request\":{\"method\":\"GET\",\"url\":\"/planted-by-form\"},\"response\":{\"status\":200},\"x\":\"' value='\"}'>"
        + "</form>"
        + "<form id=reset method=POST enctype='text/plain' target=sink action='" + admin + "/reset'></form>"
        + "<script>\n"
        + "const admin = " + jsString(admin) + ";\n"
        + "const results = {};\n"
        + "async function attempt(name, run) { try { results[name] = 'answered: ' + await run(); }"
        + " catch (e) { results[name] = 'blocked: ' + e; } }\n"
        + "(async () => {\n"
        + "  await attempt('read', async () => (await fetch(admin + '/contacts')).text());\n"
        + "  await attempt('delete', async () => (await fetch(admin + '/contacts', {method: 'DELETE'})).status);\n"
        + "  await attempt('plant', async () => (await fetch(admin + '/mappings', {method: 'POST', mode: 'no-cors',"
        + " headers: {'Content-Type': 'text/plain'}, body: " + jsString(stub) + "})).type);\n"
        + "  document.getElementById('plant').submit();\n"
        + "  await new Promise(r => setTimeout(r, 700));\n"
        + "  document.getElementById('reset').submit();\n"
        + "  await new Promise(r => setTimeout(r, 700));\n"
        + "  await attempt('readAfter', async () => (await fetch(admin + '/contacts')).text());\n"
        + "  window.__results = results; window.__done = true;\n"
        + "})();\n"
        + "</script></body></html>";
  }

  private static String jsString(String text) {
    return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'";
  }

  private void assertInert() {
    Object flag = ((JavascriptExecutor) browser).executeScript("return window.__xss === undefined ? null : String(window.__xss)");
    assertThat(flag).as("script from a stored contact ran").isNull();
    assertThatThrownBy(() -> browser.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
  }

  private void screenshot(String name) {
    String folder = System.getProperty("dashboard.screenshots");
    if (folder == null || folder.isBlank()) {
      return;
    }
    try {
      Path target = Path.of(folder).resolve(name);
      Files.createDirectories(target.getParent());
      Files.write(target, browser.getScreenshotAs(OutputType.BYTES));
    } catch (IOException e) {
      throw new IllegalStateException("Cannot write the screenshot " + name + " to " + folder, e);
    }
  }

  private static int send(String url, String method, String body, String... headers) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(20))
        .method(method, body.isEmpty() ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
        .header("Content-Type", "application/json");
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    try {
      return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    } catch (IOException e) {
      throw new AssertionError(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}
