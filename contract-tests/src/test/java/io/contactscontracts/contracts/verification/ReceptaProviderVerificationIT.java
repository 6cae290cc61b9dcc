package io.contactscontracts.contracts.verification;

import static io.contactscontracts.contracts.ReceptaContract.EMPTY_ACCOUNT;
import static io.contactscontracts.contracts.ReceptaContract.KEY;
import static io.contactscontracts.contracts.ReceptaContract.NO_ACCOUNT_FOR_REJECTED_KEY;
import static io.contactscontracts.contracts.ReceptaContract.REJECTED_KEY;
import static org.assertj.core.api.Assertions.assertThat;

import au.com.dius.pact.provider.junitsupport.Provider;
import au.com.dius.pact.provider.junitsupport.State;
import au.com.dius.pact.provider.junitsupport.loader.PactFolder;
import io.contactscontracts.contracts.ReceptaContract;
import io.contactscontracts.mock.MockService;

/** The mock server honours every interaction of the Recepta pact the consumer tests just wrote. */
@Provider(ReceptaContract.PROVIDER)
@PactFolder("${pacts.generated:target/pacts}")
class ReceptaProviderVerificationIT extends MockProviderVerification {

  ReceptaProviderVerificationIT() {
    super(MockService.RECEPTA);
  }

  @State(EMPTY_ACCOUNT)
  void emptyAccount() {
    mock.reset(MockService.RECEPTA, KEY);
  }

  @State(NO_ACCOUNT_FOR_REJECTED_KEY)
  void noAccountForTheRejectedKey() {
    // Nothing to set up: the mock refuses keys without the rcp_ prefix by their shape. Check the
    // precondition rather than assume it.
    assertThat(mock.contacts(MockService.RECEPTA, REJECTED_KEY)).isEmpty();
  }
}
