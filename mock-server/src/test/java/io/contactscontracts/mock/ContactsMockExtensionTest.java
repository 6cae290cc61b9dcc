package io.contactscontracts.mock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.TestExecutionSummary;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;

/** Runs the {@link ExtensionSamples} through the JUnit Platform and checks how the extension treated them. */
class ContactsMockExtensionTest {

  private static TestExecutionSummary run(Class<?> sample) {
    SummaryGeneratingListener listener = new SummaryGeneratingListener();
    LauncherFactory.create().execute(LauncherDiscoveryRequestBuilder.request()
        .selectors(selectClass(sample))
        .configurationParameter(ExtensionSamples.LAUNCHED, "true")
        .build(), listener);
    return listener.getSummary();
  }

  private static void assertAllPassed(TestExecutionSummary summary, long tests) {
    summary.getFailures().forEach(f -> {
      throw new AssertionError(f.getTestIdentifier().getDisplayName() + " failed", f.getException());
    });
    assertThat(summary.getTestsSucceededCount()).isEqualTo(tests);
  }

  @BeforeEach
  void forgetServers() {
    ExtensionSamples.SERVERS.clear();
  }

  @Test
  void injectsTheServerBaseUrlsAndReadyClients() {
    assertAllPassed(run(ExtensionSamples.InjectsParameters.class), 1);
    assertThat(ExtensionSamples.SERVERS).singleElement()
        .satisfies(server -> assertThat(server.isRunning()).as("stopped after the class").isFalse());
  }

  @Test
  void resetsWorkspacesAndStubsBetweenTests() {
    assertAllPassed(run(ExtensionSamples.ResetsBetweenTests.class), 2);
  }

  @Test
  void keepsStateAndUsesTheGivenKeyWhenConfiguredTo() {
    assertAllPassed(run(ExtensionSamples.KeepsStateWhenAskedTo.class), 2);
  }

  @Test
  void failsATestDuringWhichTheMockBrokeTheSpec() {
    TestExecutionSummary summary = run(ExtensionSamples.FailsOnAMockBug.class);

    assertThat(summary.getTestsFailedCount()).isEqualTo(1);
    assertThat(summary.getFailures().get(0).getException())
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("broke the spec")
        .hasMessageContaining("/data/client/id");
  }

  @Test
  void anInstanceFieldGivesEachTestItsOwnServer() {
    assertAllPassed(run(ExtensionSamples.OneServerPerTestOnAnInstanceField.class), 2);
    assertThat(ExtensionSamples.SERVERS).hasSize(2).doesNotHaveDuplicates()
        .allSatisfy(server -> assertThat(server.isRunning()).isFalse());
  }

  @Test
  void samplesAreSkippedWhenNotLaunchedFromHere() {
    SummaryGeneratingListener listener = new SummaryGeneratingListener();
    LauncherFactory.create().execute(LauncherDiscoveryRequestBuilder.request()
        .selectors(selectClass(ExtensionSamples.FailsOnAMockBug.class)).build(), listener);

    assertThat(listener.getSummary().getTestsFailedCount()).isZero();
    assertThat(listener.getSummary().getContainersSkippedCount()).isEqualTo(1);
  }
}
