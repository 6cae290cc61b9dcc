package io.contactscontracts.contracts.verification.live;

import static io.contactscontracts.contracts.KejueContract.EMPTY_WORKSPACE;
import static io.contactscontracts.contracts.KejueContract.NO_WORKSPACE_FOR_REJECTED_KEY;

import au.com.dius.pact.provider.junit5.PactVerificationContext;
import au.com.dius.pact.provider.junit5.PactVerificationInvocationContextProvider;
import au.com.dius.pact.provider.junitsupport.Provider;
import au.com.dius.pact.provider.junitsupport.State;
import au.com.dius.pact.provider.junitsupport.loader.PactFolder;
import io.contactscontracts.contracts.KejueContract;
import org.apache.hc.core5.http.HttpRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Opt-in ({@code -Plive}): the real Kejue API honours the Kejue pact. Needs {@code KEJUE_API_KEY}; skipped
 * with a message without it. See {@link LiveSettings} for the settings.
 */
@Provider(KejueContract.PROVIDER)
@PactFolder("${pacts.generated:target/pacts}")
@ExtendWith(LiveSettings.Resolver.class)
// public: LiveVerificationAgainstMockIT runs it, pointed at the mock, in the default build
public class KejueLiveVerificationIT {

  @BeforeEach
  void pointPactAtTheService(PactVerificationContext context, LiveSettings live) {
    live.assumeApiKey();
    context.setTarget(live.target());
  }

  @TestTemplate
  @ExtendWith(PactVerificationInvocationContextProvider.class)
  void theServiceHonoursTheInteraction(PactVerificationContext context, HttpRequest request, LiveSettings live) {
    live.useRealKey(request, KejueContract.KEY);
    context.verifyInteraction();
  }

  /**
   * A real workspace cannot be emptied from here, and need not be: creating a contact does not depend on
   * what the workspace holds. The rejected key is rejected by any real workspace.
   */
  @State({EMPTY_WORKSPACE, NO_WORKSPACE_FOR_REJECTED_KEY})
  void nothingToSetUpOnTheRealService() {}
}
