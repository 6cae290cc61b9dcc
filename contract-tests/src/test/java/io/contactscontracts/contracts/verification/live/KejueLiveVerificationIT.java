package io.contactscontracts.contracts.verification.live;

import static io.contactscontracts.contracts.KejueContract.EMPTY_WORKSPACE;
import static io.contactscontracts.contracts.KejueContract.NO_WORKSPACE_FOR_REJECTED_KEY;

import au.com.dius.pact.provider.junitsupport.Provider;
import au.com.dius.pact.provider.junitsupport.State;
import au.com.dius.pact.provider.junitsupport.loader.PactFolder;
import io.contactscontracts.contracts.KejueContract;

/**
 * Opt-in ({@code -Plive}): the real Kejue API honours the Kejue pact. Needs {@code KEJUE_API_KEY}; skipped
 * with a message without it. See {@link LiveSettings} for the settings.
 */
@Provider(KejueContract.PROVIDER)
@PactFolder("${pacts.generated:target/pacts}")
// public: LiveVerificationAgainstMockIT runs it, pointed at the mock, in the default build
public class KejueLiveVerificationIT extends LiveProviderVerification {

  public KejueLiveVerificationIT() {
    super(KejueContract.KEY);
  }

  /**
   * A real workspace cannot be emptied from here, and need not be: creating a contact does not depend on
   * what the workspace holds. The rejected key is rejected by any real workspace.
   */
  @State({EMPTY_WORKSPACE, NO_WORKSPACE_FOR_REJECTED_KEY})
  void nothingToSetUpOnTheRealService() {}
}
