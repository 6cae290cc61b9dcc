package io.contactscontracts.contracts.verification;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.TestExecutionResult.Status.FAILED;
import static org.junit.platform.engine.TestExecutionResult.Status.SUCCESSFUL;

import au.com.dius.pact.provider.junit5.PactVerificationContext;
import au.com.dius.pact.provider.junit5.PactVerificationInvocationContextProvider;
import au.com.dius.pact.provider.junitsupport.Provider;
import au.com.dius.pact.provider.junitsupport.State;
import au.com.dius.pact.provider.junitsupport.loader.PactFolder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.contactscontracts.contracts.KejueContract;
import io.contactscontracts.contracts.PactDirectories;
import io.contactscontracts.contracts.PactFile;
import io.contactscontracts.contracts.ReceptaContract;
import io.contactscontracts.contracts.SpecFacts;
import io.contactscontracts.mock.ContactsMockServer;
import io.contactscontracts.mock.MockService;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The chain catches a provider that drifts from the pact: the mock is given a stub of its own (stubs win
 * over its emulation) that answers the every-field request exactly as the pact expects, except that one
 * field is missing. Verifying the same pacts then fails for that interaction, naming the field, and for no
 * other.
 */
class DriftDetectionIT {

  private static final Logger LOG = LoggerFactory.getLogger(DriftDetectionIT.class);
  private static final String EVERY_FIELD = "a request to create a contact with every field";

  private static ContactsMockServer mock;
  /** The base URL the drifting verifications below verify against. */
  private static volatile String driftingBaseUrl;

  @BeforeAll
  static void startTheMock() {
    mock = ContactsMockServer.builder().randomPorts().build().start();
  }

  @AfterAll
  static void stopTheMock() {
    mock.stop();
  }

  @BeforeEach
  void removeEarlierDrift() {
    for (MockService service : MockService.values()) {
      mock.wireMock(service).resetMappings();
    }
  }

  static Stream<Arguments> drifts() {
    return Stream.of(
        Arguments.of(MockService.KEJUE, DriftingKejue.class, "kejue-client-kejue.json", "", "email"),
        Arguments.of(MockService.RECEPTA, DriftingRecepta.class, "recepta-client-recepta.json", "/data/client",
            "fullName"));
  }

  @ParameterizedTest(name = "{0} drops {4}")
  @MethodSource("drifts")
  void verificationFailsForTheInteractionWhoseFieldIsDropped(
      MockService service, Class<?> verification, String pactFile, String parent, String field) {
    PactFile pact = PactFile.read(PactDirectories.generated().resolve(pactFile));
    JsonNode request = pact.body(EVERY_FIELD, "request");
    ObjectNode drifted = pact.body(EVERY_FIELD, "response").deepCopy();
    assertThat(((ObjectNode) drifted.at(parent)).remove(field)).as("the pact expects %s", field).isNotNull();
    mock.wireMock(service).stubFor(post(urlPathEqualTo(SpecFacts.of(service.spec()).requestPath("createContact")))
        .withRequestBody(equalToJson(request.toString()))
        .willReturn(aResponse().withStatus(pact.interaction(EVERY_FIELD).at("/response/status").asInt())
            .withHeader("Content-Type", "application/json")
            .withJsonBody(drifted)));
    driftingBaseUrl = mock.baseUrl(service);
    LOG.info("Verifying the {} pact against a provider that drops '{}': the FAILED verification below is"
        + " expected", service.displayName(), field);

    JUnitRun run = JUnitRun.of(verification, Map.of());

    assertThat(run.with(FAILED)).as(run.toString()).singleElement().satisfies(failure -> {
      assertThat(failure.name()).contains(EVERY_FIELD);
      assertThat(failure.reason()).containsPattern("missing the following keys: .*\\b" + field + "\\b");
    });
    assertThat(run.with(SUCCESSFUL)).as(run.toString()).hasSize(run.all().size() - 1).isNotEmpty();
  }

  /** The Kejue pact against {@link #driftingBaseUrl}; run only through {@link JUnitRun}. */
  @Provider(KejueContract.PROVIDER)
  @PactFolder("${pacts.generated:target/pacts}")
  static class DriftingKejue {
    @BeforeEach
    void target(PactVerificationContext context) {
      context.setTarget(ProviderTargets.forBaseUrl(driftingBaseUrl, SpecFacts.of(MockService.KEJUE.spec())));
    }

    @TestTemplate
    @ExtendWith(PactVerificationInvocationContextProvider.class)
    void verify(PactVerificationContext context) {
      context.verifyInteraction();
    }

    @State({KejueContract.EMPTY_WORKSPACE, KejueContract.NO_WORKSPACE_FOR_REJECTED_KEY})
    void state() {
      mock.reset(MockService.KEJUE, KejueContract.KEY);
    }
  }

  /** The Recepta pact against {@link #driftingBaseUrl}; run only through {@link JUnitRun}. */
  @Provider(ReceptaContract.PROVIDER)
  @PactFolder("${pacts.generated:target/pacts}")
  static class DriftingRecepta {
    @BeforeEach
    void target(PactVerificationContext context) {
      context.setTarget(ProviderTargets.forBaseUrl(driftingBaseUrl, SpecFacts.of(MockService.RECEPTA.spec())));
    }

    @TestTemplate
    @ExtendWith(PactVerificationInvocationContextProvider.class)
    void verify(PactVerificationContext context) {
      context.verifyInteraction();
    }

    @State({ReceptaContract.EMPTY_ACCOUNT, ReceptaContract.NO_ACCOUNT_FOR_REJECTED_KEY})
    void state() {
      mock.reset(MockService.RECEPTA, ReceptaContract.KEY);
    }
  }
}
