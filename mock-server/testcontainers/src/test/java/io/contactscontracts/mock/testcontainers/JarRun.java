package io.contactscontracts.mock.testcontainers;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The mock's fat jar run to its exit, {@code java -jar contacts-mock-server.jar ARGS}: what the container must match. */
record JarRun(int exitCode, String output) {
  static JarRun of(String... args) throws IOException, InterruptedException {
    Path jar = Path.of(System.getProperty("mock.jar", "../target/contacts-mock-server.jar"));
    assertThat(jar).as("the mock's fat jar (built by mock-server's package phase)").exists();
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-jar", jar.toString()));
    command.addAll(List.of(args));
    Path log = Files.createTempFile("contacts-mock-jar", ".log");
    try {
      // output to a file: reading a pipe races with the process exiting
      Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
      assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("the jar exits on its own: %s", command).isTrue();
      return new JarRun(process.exitValue(), Files.readString(log));
    } finally {
      Files.deleteIfExists(log);
    }
  }
}
