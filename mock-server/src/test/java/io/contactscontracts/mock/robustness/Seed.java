package io.contactscontracts.mock.robustness;

/**
 * The seed of a run of generated requests: {@code -Drobustness.seed=N} replays a run, otherwise each run
 * picks a new one (so CI keeps exploring). Every failure message carries the command that reproduces it.
 */
final class Seed {
  static final String PROPERTY = "robustness.seed";

  private Seed() {}

  static long choose() {
    String given = System.getProperty(PROPERTY);
    return given == null || given.isBlank() ? System.nanoTime() ^ System.currentTimeMillis() : Long.parseLong(given.trim());
  }

  static String reproduce(long seed, String testClass) {
    return "seed " + seed + "; reproduce with: ./mvnw -B test -pl mock-server -am -Dtest=" + testClass
        + " -Dsurefire.failIfNoSpecifiedTests=false -D" + PROPERTY + "=" + seed;
  }
}
