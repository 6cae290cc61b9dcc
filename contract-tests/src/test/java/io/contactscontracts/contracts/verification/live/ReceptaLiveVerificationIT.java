package io.contactscontracts.contracts.verification.live;

import static io.contactscontracts.contracts.ReceptaContract.EMPTY_ACCOUNT;
import static io.contactscontracts.contracts.ReceptaContract.NO_ACCOUNT_FOR_REJECTED_KEY;

import au.com.dius.pact.provider.junitsupport.Provider;
import au.com.dius.pact.provider.junitsupport.State;
import au.com.dius.pact.provider.junitsupport.loader.PactFolder;
import io.contactscontracts.contracts.ReceptaContract;

/**
 * Opt-in ({@code -Plive}): the real Recepta API honours the Recepta pact. Needs {@code RECEPTA_API_KEY}; skipped
 * with a message without it. See {@link LiveSettings} for the settings.
 */
@Provider(ReceptaContract.PROVIDER)
@PactFolder("${pacts.generated:target/pacts}")
// public: LiveVerificationAgainstMockIT runs it, pointed at the mock, in the default build
public class ReceptaLiveVerificationIT extends LiveProviderVerification {

  public ReceptaLiveVerificationIT() {
    super(ReceptaContract.KEY);
  }

  /**
   * A real account cannot be emptied from here, and need not be: creating a contact does not depend on
   * what the account holds. The rejected key belongs to no real account.
   */
  @State({EMPTY_ACCOUNT, NO_ACCOUNT_FOR_REJECTED_KEY})
  void nothingToSetUpOnTheRealService() {}
}
