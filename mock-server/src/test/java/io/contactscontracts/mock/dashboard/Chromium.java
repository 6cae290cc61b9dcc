package io.contactscontracts.mock.dashboard;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * The system's headless Chromium (Debian's {@code chromium} and {@code chromium-driver}), driven through
 * its own chromedriver. Both paths are given to Selenium, so Selenium Manager never runs and nothing is
 * downloaded. Without a browser the tests are skipped, except under {@code CI=true}, where they fail.
 */
final class Chromium {
  private static final List<String> BINARIES = List.of("/usr/bin/chromium", "/usr/bin/chromium-browser");
  private static final List<String> DRIVERS = List.of("/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver");

  private Chromium() {}

  /** Starts a fresh headless browser, or skips (locally) / fails (CI) when none is installed. */
  static ChromeDriver start() throws IOException {
    Optional<String> binary = find("chromium.binary", BINARIES);
    Optional<String> driver = find("chromedriver.path", DRIVERS);
    if (binary.isEmpty() || driver.isEmpty()) {
      String message = "No Chromium for the dashboard's browser tests (looked for " + BINARIES + " and " + DRIVERS
          + "; or set -Dchromium.binary and -Dchromedriver.path). Install it: apt-get install chromium chromium-driver";
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        Assertions.fail(message + " (CI=true: the browser tests must run)");
      }
      // JUnit reports a class aborted in @BeforeAll without its reason: say it where the build log shows it
      System.err.println("[dashboard browser tests SKIPPED] " + message);
      Assumptions.abort(message);
    }
    Path profile = Files.createTempDirectory("dashboard-chromium-");
    profile.toFile().deleteOnExit();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(binary.get());
    options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--window-size=1440,900",
        "--force-device-scale-factor=1", "--lang=en-GB");
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "en-GB"));
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(new File(driver.get()))
        .usingAnyFreePort()
        .build();
    return new ChromeDriver(service, options);
  }

  private static Optional<String> find(String property, List<String> candidates) {
    String configured = System.getProperty(property);
    if (configured != null && !configured.isBlank()) {
      return Optional.of(configured).filter(path -> new File(path).canExecute());
    }
    return candidates.stream().filter(path -> new File(path).canExecute()).findFirst();
  }
}
