package io.contactscontracts.contracts;

/**
 * Names shared by the Recepta pact's consumer test, its provider verification and the live check:
 * participants, the keys the pact uses and its provider states.
 */
public final class ReceptaContract {
  private ReceptaContract() {}

  public static final String CONSUMER = "recepta-client";
  /** Equal to {@code ApiSpec.RECEPTA.serviceName()}; the pact file is matched to its spec through it. */
  public static final String PROVIDER = "recepta";

  /** A key in the documented {@code rcp_…} shape. */
  public static final String KEY = "rcp_test_pact";
  /**
   * A key no Recepta account has. It lacks the {@code rcp_} prefix, so the mock refuses it without set-up,
   * and the real service knows no such account.
   */
  public static final String REJECTED_KEY = "rcx_invalid_pact";

  public static final String EMPTY_ACCOUNT = "a Recepta account for key " + KEY + " has no contacts";
  public static final String NO_ACCOUNT_FOR_REJECTED_KEY = "no Recepta account has key " + REJECTED_KEY;
}
