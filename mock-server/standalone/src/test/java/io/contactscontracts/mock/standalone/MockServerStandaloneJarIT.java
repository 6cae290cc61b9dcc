package io.contactscontracts.mock.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The packaged jar keeps no bundled class under a name the application's own libraries may also have
 * (the application's Jetty, servlet API, Guava … would replace or clash with it), and its ServiceLoader
 * files were renamed and rewritten along with the classes they name.
 */
class MockServerStandaloneJarIT {

  /** This project's classes (the relocated libraries live below them) and the WireMock API users call. */
  private static final List<String> KEPT_NAMES =
      List.of("io/contactscontracts/mock/", "com/github/tomakehurst/wiremock/", "org/wiremock/", "wiremock/");
  private static final String RELOCATED = "io.contactscontracts.mock.shaded.";
  private static final String SERVICES = "META-INF/services/";

  private static ZipFile jar;
  private static Set<String> classes;

  @BeforeAll
  static void openTheJar() throws IOException {
    jar = new ZipFile(Path.of(System.getProperty("standalone.jar")).toFile());
    classes = jar.stream().map(ZipEntry::getName).filter(name -> name.endsWith(".class"))
        .map(name -> name.substring(0, name.length() - ".class".length()).replace('/', '.'))
        .collect(Collectors.toSet());
  }

  @AfterAll
  static void closeTheJar() throws IOException {
    jar.close();
  }

  @Test
  void everyBundledClassIsRelocatedUnlessItIsThePublicApi() {
    List<String> kept = jar.stream().map(ZipEntry::getName)
        .filter(name -> name.endsWith(".class") && !name.endsWith("module-info.class"))
        .filter(name -> KEPT_NAMES.stream().noneMatch(name::startsWith))
        .collect(Collectors.toList());

    assertThat(kept)
        .as("classes under their own names: add a <relocation> for their package in mock-server/standalone/pom.xml")
        .isEmpty();
  }

  @Test
  void theJarRunsOnItsOwnJettyAndServletApi() {
    assertThat(classes).contains(RELOCATED + "org.eclipse.jetty.server.Server",
        RELOCATED + "jakarta.servlet.http.HttpServlet", "com.github.tomakehurst.wiremock.WireMockServer",
        "io.contactscontracts.mock.junit.ContactsMockExtension");
  }

  @Test
  void serviceFilesNameRelocatedServicesAndProvidersThatAreInTheJar() {
    List<String> problems = new ArrayList<>();
    jar.stream().map(ZipEntry::getName)
        .filter(name -> name.startsWith(SERVICES) && name.length() > SERVICES.length() && !name.endsWith("/"))
        .forEach(file -> {
          String service = file.substring(SERVICES.length());
          if (classes.contains(RELOCATED + service)) {
            problems.add(file + " names the service by its old name");
          }
          for (String provider : providers(file)) {
            if (!classes.contains(provider)) {
              problems.add(file + " names " + provider + ", which is not in the jar");
            }
          }
        });

    assertThat(problems).isEmpty();
    assertThat(jar.getEntry(SERVICES + RELOCATED + "org.eclipse.jetty.http.HttpFieldPreEncoder"))
        .as("Jetty's HTTP/1 and HPACK field encoders, found through ServiceLoader").isNotNull();
  }

  private static List<String> providers(String file) {
    try (BufferedReader reader = new BufferedReader(
        new InputStreamReader(jar.getInputStream(jar.getEntry(file)), StandardCharsets.UTF_8))) {
      return reader.lines().map(line -> line.replaceFirst("#.*", "").trim()).filter(line -> !line.isEmpty())
          .collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
