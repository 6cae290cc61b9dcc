package io.contactscontracts.contracts.speccheck;

import au.com.dius.pact.core.model.DefaultPactReader;
import au.com.dius.pact.core.model.Interaction;
import au.com.dius.pact.core.model.Pact;
import au.com.dius.pact.core.model.SynchronousRequestResponse;
import io.contactscontracts.mock.pactcheck.Problem;
import io.contactscontracts.mock.pactcheck.SpecConformance;
import io.contactscontracts.specs.ApiSpec;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Checks every interaction of one of our pacts against its provider's OpenAPI spec, strictly, with the
 * check the mock server's {@code check-pact} runs on any consumer's pact ({@link SpecConformance}: a field
 * the spec does not declare, in a request or a response, is an error; an interaction expecting 400/422 must
 * send a body the spec rejects), and more: our pacts hold whole response bodies, so a response must also have
 * every field the spec requires.
 */
public final class PactSpecCheck {

  private final SpecConformance conformance;

  private PactSpecCheck(ApiSpec spec) {
    this.conformance = SpecConformance.of(spec).requiringCompleteResponses();
  }

  public static PactSpecCheck of(ApiSpec spec) {
    return new PactSpecCheck(spec);
  }

  /** The spec a pact is checked against: the one whose service name is the pact's provider name. */
  public static ApiSpec specFor(Pact pact) {
    String provider = pact.getProvider().getName();
    return Arrays.stream(ApiSpec.values())
        .filter(s -> s.serviceName().equals(provider))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("No spec for provider '" + provider + "'; known: "
            + Arrays.stream(ApiSpec.values()).map(ApiSpec::serviceName).collect(Collectors.joining(", "))));
  }

  public static Pact load(Path pactFile) {
    return DefaultPactReader.INSTANCE.loadPact(pactFile.toFile());
  }

  public ApiSpec spec() {
    return conformance.spec();
  }

  /** One result per interaction of {@code pact}, in the pact's order. */
  public List<InteractionResult> check(Pact pact) {
    List<InteractionResult> results = new ArrayList<>();
    for (Interaction interaction : pact.getInteractions()) {
      results.add(new InteractionResult(interaction.getDescription(), problems(interaction)));
    }
    return results;
  }

  private List<String> problems(Interaction interaction) {
    if (!interaction.isSynchronousRequestResponse()) {
      return List.of("only HTTP request/response interactions can be checked against an OpenAPI spec");
    }
    SynchronousRequestResponse http = interaction.asSynchronousRequestResponse();
    String response = "response " + http.getResponse().getStatus();
    return conformance.problems(http, "", "body").stream()
        .map(p -> describe(p, response))
        .collect(Collectors.toList());
  }

  /** {@code request: …} or {@code response 201: …}, then the validator's message. */
  private static String describe(Problem problem, String response) {
    if (problem.what().startsWith("expects ")) {
      return problem.what();
    }
    return (problem.where().startsWith(".response") ? response : "request") + ": " + problem.what();
  }

  /** The findings for one interaction; {@link #passed()} when there are none. */
  public record InteractionResult(String description, List<String> problems) {
    public InteractionResult {
      problems = List.copyOf(problems);
    }

    public boolean passed() {
      return problems.isEmpty();
    }

    @Override
    public String toString() {
      return "'" + description + "'" + (passed() ? ": valid" : ":\n    " + String.join("\n    ", problems));
    }
  }
}
