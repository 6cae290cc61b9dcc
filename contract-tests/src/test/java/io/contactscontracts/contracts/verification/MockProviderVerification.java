package io.contactscontracts.contracts.verification;

import static org.assertj.core.api.Assertions.assertThat;

import au.com.dius.pact.provider.junit5.PactVerificationContext;
import au.com.dius.pact.provider.junit5.PactVerificationInvocationContextProvider;
import io.contactscontracts.contracts.SpecFacts;
import io.contactscontracts.mock.ContactsMockServer;
import io.contactscontracts.mock.MockService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Replays a service's pact against the mock server started in-process. Subclasses name the provider
 * ({@code @Provider}, {@code @PactFolder}) and set up its provider states ({@code @State}) through the
 * mock's Java API.
 */
abstract class MockProviderVerification {

  static ContactsMockServer mock;

  private final MockService service;

  MockProviderVerification(MockService service) {
    this.service = service;
  }

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
    context.setTarget(ProviderTargets.forBaseUrl(mock.baseUrl(service), SpecFacts.of(service.spec())));
  }

  @TestTemplate
  @ExtendWith(PactVerificationInvocationContextProvider.class)
  void theMockHonoursTheInteraction(PactVerificationContext context) {
    context.verifyInteraction();
  }
}
