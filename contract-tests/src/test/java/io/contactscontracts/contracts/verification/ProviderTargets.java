package io.contactscontracts.contracts.verification;

import au.com.dius.pact.provider.junit5.HttpTestTarget;
import au.com.dius.pact.provider.junit5.HttpsTestTarget;
import au.com.dius.pact.provider.junit5.TestTarget;
import io.contactscontracts.contracts.SpecFacts;
import java.net.URI;

/** Pact verification targets for a service given the way clients are given it: a base URL. */
public final class ProviderTargets {
  private ProviderTargets() {}

  /**
   * The target behind {@code baseUrl}, e.g. {@code http://127.0.0.1:8081/api/v1}. Pact paths already
   * start with the spec's base path ({@code /api/v1/contacts}), so the target keeps only what precedes it.
   *
   * @throws IllegalArgumentException if the base URL does not end with the spec's base path
   */
  public static TestTarget forBaseUrl(String baseUrl, SpecFacts spec) {
    URI uri = URI.create(baseUrl.trim());
    String path = uri.getPath() == null ? "" : uri.getPath().replaceAll("/+$", "");
    if (uri.getHost() == null || !path.endsWith(spec.basePath())) {
      throw new IllegalArgumentException("Not a base URL of " + spec.spec().serviceName() + ": " + baseUrl
          + "; give one ending in " + spec.basePath() + ", e.g. http://127.0.0.1:8081" + spec.basePath());
    }
    String prefix = path.substring(0, path.length() - spec.basePath().length());
    String targetPath = prefix.isEmpty() ? "/" : prefix;
    boolean https = "https".equalsIgnoreCase(uri.getScheme());
    int port = uri.getPort() != -1 ? uri.getPort() : https ? 443 : 80;
    return https
        ? new HttpsTestTarget(uri.getHost(), port, targetPath)
        : new HttpTestTarget(uri.getHost(), port, targetPath);
  }
}
