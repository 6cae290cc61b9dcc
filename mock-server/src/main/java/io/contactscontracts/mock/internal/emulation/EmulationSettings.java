package io.contactscontracts.mock.internal.emulation;

/**
 * Run-wide settings of the emulation.
 *
 * @param validateResponses check every response the mock produces against the spec
 * @param latencyMs delay added to every emulated response
 * @param faultRate share of emulated requests (0 to 1) answered with a random fault instead
 */
public record EmulationSettings(boolean validateResponses, int latencyMs, double faultRate) {
  public EmulationSettings {
    if (latencyMs < 0) {
      throw new IllegalArgumentException("latencyMs must be 0 or more, got " + latencyMs);
    }
    if (!(faultRate >= 0 && faultRate <= 1)) {
      throw new IllegalArgumentException("faultRate must be between 0 and 1, got " + faultRate);
    }
  }
}
