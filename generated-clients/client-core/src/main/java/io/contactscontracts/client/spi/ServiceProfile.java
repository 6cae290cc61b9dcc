package io.contactscontracts.client.spi;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What differs between the services for the shared client behaviour: name, the generated code and the
 * facts of the spec it carries (key header, key prefixes, production URL), and how to read the error
 * body. Each client's generated entry point defines one; users never need it.
 */
public final class ServiceProfile {
  private final String name;
  private final Class<?> entryPoint;
  private final GeneratedClient generated;
  private final String keyHeader;
  private final List<String> keyPrefixes;
  private final ErrorBodyReader errorReader;

  private ServiceProfile(String name, Class<?> entryPoint, GeneratedClient generated, ErrorBodyReader errorReader) {
    this.name = Objects.requireNonNull(name, "name");
    this.entryPoint = Objects.requireNonNull(entryPoint, "entryPoint");
    this.generated = Objects.requireNonNull(generated, "generated");
    this.keyHeader = Objects.requireNonNull(generated.keyHeader(), "keyHeader");
    this.keyPrefixes = List.copyOf(generated.keyPrefixes());
    this.errorReader = Objects.requireNonNull(errorReader, "errorReader");
  }

  /**
   * @param name the service's name as users know it, e.g. {@code Kejue}
   * @param entryPoint the client class users build (names the logger and appears in hints)
   * @param generated the client's generated code, with the facts of its spec
   * @param errorReader reads the service's error body format
   */
  public static ServiceProfile of(String name, Class<?> entryPoint, GeneratedClient generated,
      ErrorBodyReader errorReader) {
    return new ServiceProfile(name, entryPoint, generated, errorReader);
  }

  /** The service's name as users know it, e.g. {@code Kejue}. */
  public String name() {
    return name;
  }

  /** The header that carries the API key. */
  public String keyHeader() {
    return keyHeader;
  }

  /** The documented prefixes of valid keys; may be empty. */
  public List<String> keyPrefixes() {
    return keyPrefixes;
  }

  /** The client's generated code. */
  public GeneratedClient generated() {
    return generated;
  }

  /** The reader of the service's error bodies. */
  public ErrorBodyReader errorReader() {
    return errorReader;
  }

  /** The key prefixes as messages show them, e.g. {@code live_… or test_…}. */
  public String keyPrefixesText() {
    return keyPrefixes.stream().map(p -> p + "…").collect(Collectors.joining(" or "));
  }

  /** How users get a builder, as messages show it: {@code KejueClient.builder()}. */
  public String builderHint() {
    return entryPoint.getSimpleName() + ".builder()";
  }

  /** The logger the client writes to, named after its entry point. */
  public Logger logger() {
    return LoggerFactory.getLogger(entryPoint);
  }
}
