package io.contactscontracts.contracts.verification.live;

import au.com.dius.pact.provider.junit5.PactVerificationContext;
import au.com.dius.pact.provider.junit5.PactVerificationInvocationContextProvider;
import org.apache.hc.core5.http.HttpRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Replays a service's pact against its real base URL with the user's real key in place of the pact's test
 * key. Subclasses name the provider and accept its provider states. See {@link LiveSettings}.
 */
@ExtendWith(LiveSettings.Resolver.class)
abstract class LiveProviderVerification {

  private final String pactKey;

  LiveProviderVerification(String pactKey) {
    this.pactKey = pactKey;
  }

  @BeforeEach
  void pointPactAtTheService(PactVerificationContext context, LiveSettings live) {
    live.assumeApiKey();
    context.setTarget(live.target());
  }

  @TestTemplate
  @ExtendWith(PactVerificationInvocationContextProvider.class)
  void theServiceHonoursTheInteraction(PactVerificationContext context, HttpRequest request, LiveSettings live) {
    live.useRealKey(request, pactKey);
    context.verifyInteraction();
  }
}
