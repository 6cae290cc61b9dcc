package io.contactscontracts.specs;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;

/**
 * The OpenAPI spec of each service, as packaged in this jar. Every stage of the pipeline (client
 * generation, mock server, contract checks) reads the spec through here or through the same classpath
 * location, so there is exactly one copy of each.
 */
public enum ApiSpec {
  KEJUE("kejue", "openapi/kejue.yaml"),
  RECEPTA("recepta", "openapi/recepta.yaml");

  private final String serviceName;
  private final String classpathLocation;

  ApiSpec(String serviceName, String classpathLocation) {
    this.serviceName = serviceName;
    this.classpathLocation = classpathLocation;
  }

  /** Lower-case service name, e.g. {@code kejue}. */
  public String serviceName() {
    return serviceName;
  }

  /** Location of the YAML on the classpath, e.g. {@code openapi/kejue.yaml}. */
  public String classpathLocation() {
    return classpathLocation;
  }

  /** URL of the packaged YAML. */
  public URL url() {
    URL url = ApiSpec.class.getClassLoader().getResource(classpathLocation);
    if (url == null) {
      throw new IllegalStateException(
          classpathLocation + " is not on the classpath; add io.contactscontracts:specs as a dependency");
    }
    return url;
  }

  /** The YAML text of the spec. */
  public String yaml() {
    try (InputStream in = url().openStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + classpathLocation, e);
    }
  }
}
