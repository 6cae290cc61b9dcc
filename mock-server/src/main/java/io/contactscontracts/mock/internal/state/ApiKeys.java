package io.contactscontracts.mock.internal.state;

/** Masks API keys for the mock's own log lines. */
public final class ApiKeys {
  private ApiKeys() {}

  /** E.g. {@code key_live_abcdef123456} becomes {@code key_live_…3456}; short keys become {@code …}. */
  public static String mask(String key) {
    if (key == null || key.isEmpty()) {
      return "(none)";
    }
    int prefixEnd = key.lastIndexOf('_', Math.min(key.length() - 1, 12)) + 1;
    String prefix = key.substring(0, prefixEnd);
    String rest = key.substring(prefixEnd);
    return rest.length() > 8 ? prefix + "…" + rest.substring(rest.length() - 4) : prefix + "…";
  }
}
