package io.contactscontracts.mock.pactcheck;

import au.com.dius.pact.core.model.Interaction;
import au.com.dius.pact.core.model.SynchronousRequestResponse;
import io.contactscontracts.specs.ApiSpec;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * Checks any consumer's pact with Kejue or Recepta, as the {@code check-pact} command does: every HTTP
 * interaction is validated strictly against the service's OpenAPI spec, and its request is replayed against
 * the emulation, whose answer must match the pact's expectations (Pact JVM's own matching, rules included).
 *
 * <pre>{@code
 * PactCheckReport report = PactCheck.builder()
 *     .providerAlias("contacts-api", ApiSpec.KEJUE)   // a pact whose provider has another name
 *     .build()
 *     .check(Path.of("pacts/web-app-kejue.json"));
 * assertTrue(report.passed(), report::text);
 * }</pre>
 *
 * <p>A check starts an embedded mock server on random ports ({@link Emulation}: the mock server must be on the
 * class path) and stops it before returning. Pact JVM's usage telemetry is turned off
 * ({@code pact_do_not_track}) unless set otherwise.
 */
public final class PactCheck {
  private final Map<String, ApiSpec> aliases;

  private PactCheck(Map<String, ApiSpec> aliases) {
    this.aliases = Map.copyOf(aliases);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Checks the pact files with no provider aliases. */
  public static PactCheckReport checkPacts(Path... pactFiles) {
    return builder().build().check(pactFiles);
  }

  public PactCheckReport check(Path... pactFiles) {
    return check(Arrays.asList(pactFiles));
  }

  /** One result per file, in the given order; unreadable files are reported, not thrown. */
  public PactCheckReport check(Collection<Path> pactFiles) {
    if (System.getProperty("pact_do_not_track") == null) {
      System.setProperty("pact_do_not_track", "true");
    }
    ProviderNames providers = new ProviderNames(aliases);
    Map<Path, Object> loaded = new LinkedHashMap<>();
    for (Path file : pactFiles) {
      try {
        loaded.put(file, PactFiles.read(file, providers));
      } catch (PactFiles.UnreadablePact e) {
        loaded.put(file, PactFileResult.unreadable(file, e.getMessage()));
      }
    }
    List<PactFileResult> results = new ArrayList<>();
    boolean anyReadable = loaded.values().stream().anyMatch(PactFiles.Loaded.class::isInstance);
    try (EmulationReplay replay = anyReadable ? new EmulationReplay(startEmulation()) : null) {
      Map<ApiSpec, SpecConformance> specs = new EnumMap<>(ApiSpec.class);
      loaded.forEach((file, value) -> {
        if (value instanceof PactFileResult unreadable) {
          results.add(unreadable);
        } else {
          PactFiles.Loaded pact = (PactFiles.Loaded) value;
          SpecConformance spec = specs.computeIfAbsent(pact.service(), SpecConformance::of);
          results.add(check(file, pact, spec, replay));
        }
      });
    }
    return new PactCheckReport(results);
  }

  /** The mock server's emulation, found through {@link ServiceLoader}: the mock server depends on check-pact. */
  private static Emulation startEmulation() {
    return ServiceLoader.load(Emulation.Starter.class).findFirst()
        .orElseThrow(() -> new IllegalStateException("check-pact replays every interaction against the mock server, "
            + "which is not on the class path: add the dependency io.contactscontracts:mock-server"))
        .start();
  }

  private static PactFileResult check(Path file, PactFiles.Loaded loaded, SpecConformance spec, EmulationReplay replay) {
    List<InteractionResult> interactions = new ArrayList<>();
    List<Interaction> all = loaded.pact().getInteractions();
    String bodyInPact = loaded.isV4() ? "body.content" : "body";
    for (int i = 0; i < all.size(); i++) {
      Interaction interaction = all.get(i);
      String location = "interactions[" + i + "]";
      List<Problem> problems = new ArrayList<>();
      if (!interaction.isSynchronousRequestResponse()) {
        problems.add(new Problem(Problem.Kind.SPEC, location + ".type",
            "is not an HTTP request/response interaction; an OpenAPI spec describes only those", ""));
      } else {
        SynchronousRequestResponse http = interaction.asSynchronousRequestResponse();
        problems.addAll(spec.problems(http, location, bodyInPact));
        problems.addAll(replay.problems(loaded.pact(), http, loaded.service(), location, bodyInPact));
      }
      interactions.add(new InteractionResult(i, interaction.getDescription(), problems));
    }
    return new PactFileResult(file, loaded.consumer(), loaded.provider(), loaded.specVersion(), Optional.empty(), interactions);
  }

  /** Provider aliases; everything else has one right value. */
  public static final class Builder {
    private final Map<String, ApiSpec> aliases = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Reads pacts whose provider is {@code providerName} (in any case) as pacts with {@code service}; the
     * services' own names (Kejue, Recepta) need no alias.
     */
    public Builder providerAlias(String providerName, ApiSpec service) {
      if (providerName == null || providerName.isBlank()) {
        throw new IllegalArgumentException("a provider alias needs a name, e.g. providerAlias(\"contacts-api\", ApiSpec.KEJUE)");
      }
      aliases.put(providerName, java.util.Objects.requireNonNull(service, "service"));
      return this;
    }

    /** The same, from the command line's {@code NAME=SERVICE} form, e.g. {@code contacts-api=kejue}. */
    public Builder providerAlias(String nameEqualsService) {
      int equals = nameEqualsService == null ? -1 : nameEqualsService.lastIndexOf('=');
      if (equals <= 0 || equals == nameEqualsService.length() - 1) {
        throw new IllegalArgumentException("'" + nameEqualsService + "' is not a provider alias; expected NAME=SERVICE, e.g. contacts-api=kejue");
      }
      return providerAlias(nameEqualsService.substring(0, equals),
          ProviderNames.serviceNamed(nameEqualsService.substring(equals + 1)));
    }

    public PactCheck build() {
      return new PactCheck(aliases);
    }
  }
}
