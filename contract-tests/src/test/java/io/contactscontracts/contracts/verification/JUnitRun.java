package io.contactscontracts.contracts.verification;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * Runs a test class in a nested JUnit Platform launcher and keeps each test's outcome, so a test can
 * assert how a verification went (failed, skipped, which interaction and why) instead of only that it ran.
 */
final class JUnitRun {

  /** One finished test: its display name, status and, unless it succeeded, the reason. */
  record Outcome(String name, TestExecutionResult.Status status, String reason) {}

  private final List<Outcome> outcomes;

  private JUnitRun(List<Outcome> outcomes) {
    this.outcomes = List.copyOf(outcomes);
  }

  static JUnitRun of(Class<?> testClass, Map<String, String> configuration) {
    List<Outcome> outcomes = new ArrayList<>();
    Launcher launcher = LauncherFactory.create();
    launcher.execute(
        LauncherDiscoveryRequestBuilder.request()
            .selectors(selectClass(testClass))
            .configurationParameters(configuration)
            .build(),
        new TestExecutionListener() {
          @Override
          public void executionFinished(TestIdentifier test, TestExecutionResult result) {
            if (test.isTest()) {
              String reason = result.getThrowable().map(String::valueOf).orElse("");
              outcomes.add(new Outcome(test.getDisplayName(), result.getStatus(), reason));
            }
          }
        });
    return new JUnitRun(outcomes);
  }

  List<Outcome> all() {
    return outcomes;
  }

  List<Outcome> with(TestExecutionResult.Status status) {
    return outcomes.stream().filter(o -> o.status() == status).collect(Collectors.toList());
  }

  @Override
  public String toString() {
    return outcomes.stream().map(o -> o.status() + " " + o.name() + (o.reason().isEmpty() ? "" : ": " + o.reason()))
        .collect(Collectors.joining("\n  ", "\n  ", ""));
  }
}
