package io.contactscontracts.contracts.verification.live;

import au.com.dius.pact.provider.junit5.TestTarget;
import au.com.dius.pact.provider.junitsupport.Provider;
import io.contactscontracts.contracts.SpecFacts;
import io.contactscontracts.contracts.verification.ProviderTargets;
import io.contactscontracts.specs.ApiSpec;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.apache.hc.core5.http.HttpRequest;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where and with which key a live verification talks to a real service.
 *
 * <ul>
 *   <li>API key: JUnit configuration parameter (or system property) {@code live.<service>.apiKey}, else the
 *       environment variable {@code <SERVICE>_API_KEY}, e.g. {@code KEJUE_API_KEY}. Without one, every
 *       interaction is skipped with a message saying so.
 *   <li>Base URL: {@code live.<service>.baseUrl}, else the first {@code servers} URL of the service's spec.
 * </ul>
 */
public final class LiveSettings {

  private static final Logger LOG = LoggerFactory.getLogger(LiveSettings.class);
  private static final Set<ApiSpec> WARNED = ConcurrentHashMap.newKeySet();

  private final SpecFacts spec;
  private final String baseUrl;
  private final Optional<String> apiKey;

  LiveSettings(ApiSpec spec, Function<String, Optional<String>> configuration, Function<String, String> environment) {
    this.spec = SpecFacts.of(spec);
    this.baseUrl = configuration.apply(property(spec, "baseUrl")).filter(s -> !s.isBlank())
        .orElse(this.spec.productionBaseUrl());
    // An explicitly blank parameter means "no key", even when the environment has one.
    Optional<String> configured = configuration.apply(property(spec, "apiKey"));
    this.apiKey = (configured.isPresent() ? configured : Optional.ofNullable(environment.apply(keyVariable(spec))))
        .map(String::trim)
        .filter(s -> !s.isEmpty());
  }

  /** E.g. {@code KEJUE_API_KEY}. */
  public static String keyVariable(ApiSpec spec) {
    return spec.serviceName().toUpperCase(Locale.ROOT) + "_API_KEY";
  }

  /** E.g. {@code live.kejue.baseUrl}. */
  public static String property(ApiSpec spec, String name) {
    return "live." + spec.serviceName() + "." + name;
  }

  public String baseUrl() {
    return baseUrl;
  }

  /** Skips the current test, saying why and how to enable it, unless an API key was given. */
  public void assumeApiKey() {
    String why = keyVariable(spec.spec()) + " is not set: live verification of the " + spec.spec().serviceName()
        + " pact against " + baseUrl + " skipped. Set it (or -D" + property(spec.spec(), "apiKey")
        + ") to a real key to verify the pacts against the service.";
    if (apiKey.isEmpty() && WARNED.add(spec.spec())) {
      LOG.warn(why);
    }
    Assumptions.assumeTrue(apiKey.isPresent(), why);
  }

  public TestTarget target() {
    return ProviderTargets.forBaseUrl(baseUrl, spec);
  }

  /**
   * Sends the real key where the pact uses its test key {@code pactKey}; a request that carries another
   * key (the one the pact expects to be rejected) is left as it is.
   */
  public void useRealKey(HttpRequest request, String pactKey) {
    var header = request.getFirstHeader(spec.apiKeyHeader());
    if (header != null && pactKey.equals(header.getValue())) {
      request.setHeader(spec.apiKeyHeader(), apiKey.orElseThrow());
    }
  }

  /**
   * Resolves a {@link LiveSettings} parameter for the service named by the test class's {@link Provider}
   * annotation (provider names are the specs' service names), from JUnit's configuration and the
   * environment.
   */
  public static final class Resolver implements ParameterResolver {
    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
      return parameter.getParameter().getType() == LiveSettings.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
      Provider provider = context.getRequiredTestClass().getAnnotation(Provider.class);
      String name = provider == null ? "" : provider.value();
      ApiSpec spec = Arrays.stream(ApiSpec.values())
          .filter(s -> s.serviceName().equals(name))
          .findFirst()
          .orElseThrow(() -> new IllegalStateException(context.getRequiredTestClass().getSimpleName()
              + " needs @Provider with a service name of ApiSpec, got '" + name + "'"));
      return new LiveSettings(spec, context::getConfigurationParameter, System::getenv);
    }
  }
}
