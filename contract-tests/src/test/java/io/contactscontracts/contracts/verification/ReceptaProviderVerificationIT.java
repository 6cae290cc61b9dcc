package io.contactscontracts.contracts.verification;

import static io.contactscontracts.contracts.ReceptaContract.EMPTY_ACCOUNT;
import static io.contactscontracts.contracts.ReceptaContract.KEY;
import static io.contactscontracts.contracts.ReceptaContract.NO_ACCOUNT_FOR_REJECTED_KEY;
import static io.contactscontracts.contracts.ReceptaContract.REJECTED_KEY;
import static org.assertj.core.api.Assertions.assertThat;

import au.com.dius.pact.provider.junit5.PactVerificationContext;
import au.com.dius.pact.provider.junit5.PactVerificationInvocationContextProvider;
import au.com.dius.pact.provider.junitsupport.Provider;
import au.com.dius.pact.provider.junitsupport.State;
import au.com.dius.pact.provider.junitsupport.loader.PactFolder;
import io.contactscontracts.contracts.ReceptaContract;
import io.contactscontracts.contracts.SpecFacts;
import io.contactscontracts.mock.ContactsMockServer;
import io.contactscontracts.mock.MockService;
import io.contactscontracts.specs.ApiSpec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The mock server honours every interaction of the Recepta pact the consumer tests just wrote. Each
 * provider state is set up through the mock's Java API.
 */
@Provider(ReceptaContract.PROVIDER)
@PactFolder("${pacts.generated:target/pacts}")
class ReceptaProviderVerificationIT {

  private static ContactsMockServer mock;

  @BeforeAll
  static void startTheMock() {
    mock = ContactsMockServer.builder().kejuePort(0).receptaPort(0).build().start();
  }

  @AfterAll
  static void stopTheMock() {
    try {
      // the mock validates its own responses against the spec; a failure there is a mock bug
      assertThat(mock.responseValidationFailures()).as("responses of the mock that break the spec").isEmpty();
    } finally {
      mock.stop();
    }
  }

  @BeforeEach
  void pointPactAtTheMock(PactVerificationContext context) {
    context.setTarget(ProviderTargets.forBaseUrl(mock.receptaBaseUrl(), SpecFacts.of(ApiSpec.RECEPTA)));
  }

  @TestTemplate
  @ExtendWith(PactVerificationInvocationContextProvider.class)
  void theMockHonoursTheInteraction(PactVerificationContext context) {
    context.verifyInteraction();
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
