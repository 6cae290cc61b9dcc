package io.contactscontracts.mock.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code mock-server/contacts-mock}, the script README.md starts the mock server with, runs the built fat jar
 * with its arguments, and says nothing about the class-data archive, whether it fits the running JDK or not.
 */
class LauncherScriptIT {
  private static final Path SCRIPT = Path.of("contacts-mock");
  private static final Path JAR = Path.of(System.getProperty("mock.jar", "target/contacts-mock-server.jar"));

  private record Run(int exitCode, String out, String err) {}

  private static Run run(Path script, String... args) throws Exception {
    assumeTrue(Files.exists(Path.of("/bin/bash")), "needs bash");
    Path out = Files.createTempFile("contacts-mock", ".out");
    Path err = Files.createTempFile("contacts-mock", ".err");
    try {
      List<String> command = new java.util.ArrayList<>(List.of("/bin/bash", script.toString()));
      command.addAll(List.of(args));
      ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
      builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
      Process process = builder.start();
      assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("the script ends").isTrue();
      return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }

  /** A copy of the script beside a copy of the jar, with {@code archive} as the class-data archive. */
  private static Path copy(Path dir, byte[] archive) throws IOException {
    Files.createDirectories(dir.resolve("target"));
    Path script = Files.copy(SCRIPT, dir.resolve("contacts-mock"));
    Path jar = Files.copy(JAR, dir.resolve("target/contacts-mock-server.jar"));
    if (archive != null) {
      Path jsa = Files.write(dir.resolve("target/contacts-mock-server.jsa"), archive);
      Files.setLastModifiedTime(jsa, FileTime.from(Files.getLastModifiedTime(jar).toInstant().plusSeconds(5)));
    }
    return script;
  }

  @Test
  void passesItsArgumentsToTheJar() throws Exception {
    Run run = run(SCRIPT, "--version");
    assertThat(run.err()).isEmpty();
    assertThat(run.exitCode()).isZero();
    assertThat(run.out().trim()).matches("\\d+\\.\\d+\\.\\d+.*");

    Run wrong = run(SCRIPT, "--no-such-flag");
    assertThat(wrong.exitCode()).isEqualTo(2);
    assertThat(wrong.err()).contains("--no-such-flag");
  }

  @Test
  void startsQuietlyWithAnArchiveThatDoesNotFit(@TempDir Path dir) throws Exception {
    Run run = run(copy(dir, "not a class-data archive".getBytes(StandardCharsets.US_ASCII)), "--version");
    assertThat(run.err()).as("no class-data warning").isEmpty();
    assertThat(run.exitCode()).isZero();
  }

  @Test
  void startsQuietlyWithoutAnArchive(@TempDir Path dir) throws Exception {
    Run run = run(copy(dir, null), "--version");
    assertThat(run.err()).isEmpty();
    assertThat(run.exitCode()).isZero();
  }

  @Test
  void saysHowToBuildTheJarWhenItIsMissing(@TempDir Path dir) throws Exception {
    Path script = Files.copy(SCRIPT, dir.resolve("contacts-mock"));
    Run run = run(script, "--version");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("./mvnw -q install -DskipTests");
  }
}
