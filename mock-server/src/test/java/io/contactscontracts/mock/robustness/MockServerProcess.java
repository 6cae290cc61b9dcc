package io.contactscontracts.mock.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The fat jar run as {@code java [jvmArgs] -jar contacts-mock-server.jar [args]}, its output in a file. */
final class MockServerProcess implements AutoCloseable {
  private static final Pattern BASE_URL = Pattern.compile("^\\s+(Kejue|Recepta)\\s+http://([^/:]+):(\\d+)/");

  private final Path log;
  private final Process process;

  private MockServerProcess(List<String> jvmArgs, Map<String, String> environment, List<String> args) throws IOException {
    Path jar = Path.of(System.getProperty("mock.jar", "target/contacts-mock-server.jar"));
    assertThat(jar).as("the fat jar is built by 'package' before integration tests").exists();
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
    command.addAll(jvmArgs);
    command.addAll(List.of("-jar", jar.toString(), "--kejue-port", "0", "--recepta-port", "0"));
    command.addAll(args);
    log = Files.createTempFile("contacts-mock-server", ".log");
    // output to a file: reading a pipe races with the process exiting
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
    builder.environment().putAll(environment);
    process = builder.start();
  }

  static MockServerProcess start(List<String> jvmArgs, Map<String, String> environment, String... args)
      throws IOException {
    return new MockServerProcess(jvmArgs, environment, List.of(args));
  }

  /** Waits for the banner; the ports of both services. */
  Map<String, Integer> awaitPorts() throws IOException, InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
    Map<String, Integer> ports = new HashMap<>();
    while (ports.size() < 2 && process.isAlive() && System.nanoTime() < deadline) {
      Thread.sleep(100);
      for (String line : output()) {
        Matcher url = BASE_URL.matcher(line);
        if (url.find()) {
          ports.put(url.group(1), Integer.valueOf(url.group(3)));
        }
      }
    }
    assertThat(ports).as("banner with both base URLs; output so far: %s", output()).containsOnlyKeys("Kejue", "Recepta");
    return ports;
  }

  List<String> output() throws IOException {
    return Files.readAllLines(log, StandardCharsets.UTF_8);
  }

  /** Stops it as Ctrl-C does (the shutdown hook runs) and returns everything it wrote. */
  String stopAndReadOutput() throws IOException, InterruptedException {
    process.destroy();
    assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("stops within 30 s").isTrue();
    return String.join("\n", output());
  }

  @Override
  public void close() throws IOException, InterruptedException {
    if (process.isAlive()) {
      process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }
    Files.deleteIfExists(log);
  }
}
