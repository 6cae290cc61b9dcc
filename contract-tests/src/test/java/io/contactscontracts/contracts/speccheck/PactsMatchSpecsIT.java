package io.contactscontracts.contracts.speccheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import au.com.dius.pact.core.model.Pact;
import io.contactscontracts.contracts.PactDirectories;
import io.contactscontracts.specs.ApiSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The last link of the chain: every interaction of every freshly generated pact is valid against its
 * service's spec, strictly ({@link PactSpecCheck}). Runs after provider verification.
 */
class PactsMatchSpecsIT {

  @Test
  void everySpecHasAPact() throws IOException {
    Set<ApiSpec> covered = EnumSet.noneOf(ApiSpec.class);
    for (Path file : pactFiles()) {
      covered.add(PactSpecCheck.specFor(PactSpecCheck.load(file)));
    }
    assertThat(covered).containsExactlyInAnyOrder(ApiSpec.values());
  }

  @TestFactory
  Stream<DynamicNode> everyInteractionIsValidAgainstItsSpec() throws IOException {
    List<DynamicNode> perPact = new ArrayList<>();
    for (Path file : pactFiles()) {
      Pact pact = PactSpecCheck.load(file);
      PactSpecCheck check = PactSpecCheck.of(PactSpecCheck.specFor(pact));
      List<DynamicNode> perInteraction = check.check(pact).stream()
          .map(result -> dynamicTest(result.description(), () ->
              assertThat(result.passed())
                  .as("%s against %s: %s", file.getFileName(), check.spec().classpathLocation(), result)
                  .isTrue()))
          .collect(Collectors.toList());
      assertThat(perInteraction).as("interactions in %s", file).isNotEmpty();
      perPact.add(dynamicContainer(file.getFileName().toString(), perInteraction));
    }
    return perPact.stream();
  }

  private static List<Path> pactFiles() throws IOException {
    Path dir = PactDirectories.generated();
    assertThat(dir).as("pacts written by the consumer tests").isDirectory();
    try (Stream<Path> files = Files.list(dir)) {
      List<Path> pacts = files.filter(f -> f.toString().endsWith(".json")).sorted().collect(Collectors.toList());
      assertThat(pacts).as("pacts in %s", dir).isNotEmpty();
      return pacts;
    }
  }
}
