package io.contactscontracts.contracts;

/**
 * Names shared by the Kejue pact's consumer test, its provider verification and the live check:
 * participants, the keys the pact uses and its provider states.
 */
public final class KejueContract {
  private KejueContract() {}

  public static final String CONSUMER = "kejue-client";
  /** Equal to {@code ApiSpec.KEJUE.serviceName()}; the pact file is matched to its spec through it. */
  public static final String PROVIDER = "kejue";

  /** A test key in the documented {@code kej_test_…} shape. */
  public static final String KEY = "kej_test_pact";
  /**
   * A key no Kejue workspace has. It is outside the {@code kej_live_}/{@code kej_test_} shapes, so the
   * mock refuses it without set-up, and the real service knows no such workspace.
   */
  public static final String REJECTED_KEY = "kej_invalid_pact";

  public static final String EMPTY_WORKSPACE = "a Kejue workspace for key " + KEY + " is empty";
  public static final String NO_WORKSPACE_FOR_REJECTED_KEY = "no Kejue workspace has key " + REJECTED_KEY;
}
