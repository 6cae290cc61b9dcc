package io.contactscontracts.contracts;

/**
 * Shapes of values the services assign themselves; pacts match them by regular expression, never by
 * value. Patterns the specs declare are read from there ({@link SpecFacts#propertyPattern}).
 */
public final class ServerAssigned {
  private ServerAssigned() {}

  /**
   * An ISO-8601 date-time with seconds, an optional fraction and an optional zone ({@code Z} or an offset):
   * what JavaScript's toISOString writes ({@code 2023-11-07T05:31:56.000Z}) and what Pydantic writes for an
   * aware or a naive datetime ({@code 2026-01-15T09:30:00.123456}), since neither spec documents which.
   */
  public static final String ISO_8601 =
      "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?(Z|[+-]\\d{2}:\\d{2})?$";

  /** Any non-empty string: the shape of an id the reference documents only as "string". */
  public static final String NON_EMPTY = "^(?s).+$";

  /** Example for {@link #ISO_8601}: the specs' own example time. */
  public static final String ISO_8601_EXAMPLE = "2026-01-15T09:30:00Z";

  /** Content type of every JSON body, with or without a charset. */
  public static final String JSON_CONTENT_TYPE = "application/json(;\\s?charset=[\\w-]+)?";
}
