package io.contactscontracts.mock;

import io.contactscontracts.specs.ApiSpec;
import io.contactscontracts.specs.SpecFacts;

/** A service the mock server emulates; each is served on its own port. */
public enum MockService {
  KEJUE(ApiSpec.KEJUE, "Kejue", 8081),
  RECEPTA(ApiSpec.RECEPTA, "Recepta", 8082);

  private final ApiSpec spec;
  private final String displayName;
  private final int defaultPort;

  MockService(ApiSpec spec, String displayName, int defaultPort) {
    this.spec = spec;
    this.displayName = displayName;
    this.defaultPort = defaultPort;
  }

  /** The spec this service is emulated from. */
  public ApiSpec spec() {
    return spec;
  }

  /** Human-readable name, e.g. {@code Kejue}. */
  public String displayName() {
    return displayName;
  }

  /** Port used when none is configured: 8081 for Kejue, 8082 for Recepta. */
  public int defaultPort() {
    return defaultPort;
  }

  /**
   * An API key the packaged spec accepts for this service, for examples; a running server's own is
   * {@link ContactsMockServer#sampleApiKey(MockService)}.
   */
  public String sampleApiKey() {
    return SpecFacts.of(spec).sampleKey();
  }
}
