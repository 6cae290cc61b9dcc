package io.contactscontracts.mock;

import io.contactscontracts.specs.ApiSpec;

/** A service the mock server emulates; each is served on its own port. */
public enum MockService {
  KEJUE(ApiSpec.KEJUE, "Kejue", 8081, "kej_test_sample"),
  RECEPTA(ApiSpec.RECEPTA, "Recepta", 8082, "rcp_sample");

  private final ApiSpec spec;
  private final String displayName;
  private final int defaultPort;
  private final String sampleApiKey;

  MockService(ApiSpec spec, String displayName, int defaultPort, String sampleApiKey) {
    this.spec = spec;
    this.displayName = displayName;
    this.defaultPort = defaultPort;
    this.sampleApiKey = sampleApiKey;
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

  /** An API key the mock accepts for this service, for examples and the startup banner. */
  public String sampleApiKey() {
    return sampleApiKey;
  }
}
