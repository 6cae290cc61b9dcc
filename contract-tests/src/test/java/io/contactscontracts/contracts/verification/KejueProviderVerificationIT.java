package io.contactscontracts.contracts.verification;

import static io.contactscontracts.contracts.KejueContract.EMPTY_WORKSPACE;
import static io.contactscontracts.contracts.KejueContract.KEY;
import static io.contactscontracts.contracts.KejueContract.NO_WORKSPACE_FOR_REJECTED_KEY;
import static io.contactscontracts.contracts.KejueContract.REJECTED_KEY;
import static org.assertj.core.api.Assertions.assertThat;

import au.com.dius.pact.provider.junitsupport.Provider;
import au.com.dius.pact.provider.junitsupport.State;
import au.com.dius.pact.provider.junitsupport.loader.PactFolder;
import io.contactscontracts.contracts.KejueContract;
import io.contactscontracts.mock.MockService;

/** The mock server honours every interaction of the Kejue pact the consumer tests just wrote. */
@Provider(KejueContract.PROVIDER)
@PactFolder("${pacts.generated:target/pacts}")
class KejueProviderVerificationIT extends MockProviderVerification {

  KejueProviderVerificationIT() {
    super(MockService.KEJUE);
  }

  @State(EMPTY_WORKSPACE)
  void emptyWorkspace() {
    mock.reset(MockService.KEJUE, KEY);
  }

  @State(NO_WORKSPACE_FOR_REJECTED_KEY)
  void noWorkspaceForTheRejectedKey() {
    // Nothing to set up: the mock refuses keys outside kej_live_/kej_test_ by their shape. Check the
    // precondition rather than assume it.
    assertThat(mock.contacts(MockService.KEJUE, REJECTED_KEY)).isEmpty();
  }
}
