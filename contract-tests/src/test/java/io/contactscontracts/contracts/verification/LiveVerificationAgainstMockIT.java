package io.contactscontracts.contracts.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.TestExecutionResult.Status.ABORTED;
import static org.junit.platform.engine.TestExecutionResult.Status.SUCCESSFUL;

import io.contactscontracts.contracts.KejueContract;
import io.contactscontracts.contracts.ReceptaContract;
import io.contactscontracts.contracts.verification.live.KejueLiveVerificationIT;
import io.contactscontracts.contracts.verification.live.LiveSettings;
import io.contactscontracts.contracts.verification.live.ReceptaLiveVerificationIT;
import io.contactscontracts.mock.ContactsMockServer;
import io.contactscontracts.mock.MockService;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The opt-in live verification ({@code -Plive}), pointed at the mock through its base-URL override, so
 * the default build proves it works without a real key or network.
 */
class LiveVerificationAgainstMockIT {

  private static ContactsMockServer mock;

  @BeforeAll
  static void startTheMock() {
    mock = ContactsMockServer.builder().randomPorts().build().start();
  }

  @AfterAll
  static void stopTheMock() {
    mock.stop();
  }

  @BeforeEach
  void forgetEarlierRequests() {
    mock.reset();
    for (MockService service : MockService.values()) {
      mock.wireMock(service).resetRequests();
    }
  }

  static Stream<Arguments> services() {
    return Stream.of(
        Arguments.of(MockService.KEJUE, KejueLiveVerificationIT.class, KejueContract.KEY, "kej_test_live_check"),
        Arguments.of(MockService.RECEPTA, ReceptaLiveVerificationIT.class, ReceptaContract.KEY, "rcp_live_check"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("services")
  void verifiesEveryInteractionWithTheGivenKeyAtTheGivenBaseUrl(
      MockService service, Class<?> liveTest, String pactKey, String liveKey) {
    JUnitRun run = JUnitRun.of(liveTest, Map.of(
        LiveSettings.property(service.spec(), "baseUrl"), mock.baseUrl(service),
        LiveSettings.property(service.spec(), "apiKey"), liveKey));

    assertThat(run.all()).as("interactions verified").isNotEmpty();
    assertThat(run.with(SUCCESSFUL)).as(run.toString()).hasSameSizeAs(run.all());
    // the live key went out in place of the pact's test key
    assertThat(mock.contacts(service, liveKey)).isNotEmpty();
    assertThat(mock.contacts(service, pactKey)).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("services")
  void skipsEveryInteractionWithAMessageWhenNoKeyIsSet(MockService service, Class<?> liveTest) {
    JUnitRun run = JUnitRun.of(liveTest, Map.of(
        LiveSettings.property(service.spec(), "baseUrl"), mock.baseUrl(service),
        LiveSettings.property(service.spec(), "apiKey"), ""));

    assertThat(run.all()).isNotEmpty();
    assertThat(run.with(ABORTED)).as(run.toString()).hasSameSizeAs(run.all())
        .allSatisfy(o -> assertThat(o.reason())
            .contains(LiveSettings.keyVariable(service.spec()) + " is not set")
            .contains(mock.baseUrl(service)));
    assertThat(mock.wireMock(service).getAllServeEvents()).as("requests sent").isEmpty();
  }
}
