package io.contactscontracts.mock.pactcheck;

import au.com.dius.pact.core.matchers.BodyMismatch;
import au.com.dius.pact.core.matchers.BodyTypeMismatch;
import au.com.dius.pact.core.matchers.HeaderMismatch;
import au.com.dius.pact.core.model.Pact;
import au.com.dius.pact.core.model.SynchronousRequestResponse;
import au.com.dius.pact.core.support.Result;
import au.com.dius.pact.provider.BodyComparisonResult;
import au.com.dius.pact.provider.ComparisonResult;
import au.com.dius.pact.provider.HttpClientFactory;
import au.com.dius.pact.provider.ProviderClient;
import au.com.dius.pact.provider.ProviderInfo;
import au.com.dius.pact.provider.ProviderResponse;
import au.com.dius.pact.provider.ResponseComparison;
import io.contactscontracts.specs.ApiSpec;
import java.net.URI;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Sends each interaction's request to the {@link Emulation} (an embedded mock server on random ports) with Pact JVM's
 * {@link ProviderClient}, and compares the answer with the pact's expectations, matching rules included, with
 * Pact JVM's {@link ResponseComparison}: the same two steps Pact's provider verifier takes for each
 * interaction, without its console reporting.
 *
 * <p>Each interaction starts from empty workspaces: provider states other than "nothing stored" cannot be set
 * up from a pact, and the emulation has no other state.
 */
final class EmulationReplay implements AutoCloseable {
  private static final int BODY_EXCERPT = 300;

  private final Emulation emulation;
  private final Map<ApiSpec, ProviderClient> clients = new EnumMap<>(ApiSpec.class);

  EmulationReplay(Emulation emulation) {
    this.emulation = emulation;
  }

  List<Problem> problems(Pact pact, SynchronousRequestResponse http, ApiSpec service, String location, String bodyInPact) {
    emulation.reset();
    ProviderResponse actual;
    try {
      actual = client(service).makeRequest(http.getRequest());
    } catch (Exception e) {
      return List.of(new Problem(Problem.Kind.REPLAY, location + ".request",
          "the emulation did not answer the request (" + e + ")", ""));
    }
    ComparisonResult result = ResponseComparison.Companion.compareResponse(pact, http, actual, Map.of());
    List<Problem> problems = new ArrayList<>();
    String response = location + ".response";
    if (result.getStatusMismatch() != null) {
      problems.add(new Problem(Problem.Kind.REPLAY, response + ".status",
          "the emulation answered " + actual.getStatusCode() + excerpt(actual) + pathHint(http, service, actual),
          String.valueOf(result.getStatusMismatch().getExpected())));
    }
    result.getHeaderMismatches().forEach((header, mismatches) -> {
      for (HeaderMismatch mismatch : mismatches) {
        problems.add(new Problem(Problem.Kind.REPLAY, response + ".headers." + header, mismatch.getMismatch(), mismatch.getExpected()));
      }
    });
    Result<BodyComparisonResult, BodyTypeMismatch> body = result.getBodyMismatches();
    if (body instanceof Result.Err<?> err) {
      BodyTypeMismatch mismatch = (BodyTypeMismatch) err.getError();
      problems.add(new Problem(Problem.Kind.REPLAY, response + "." + bodyInPact, mismatch.getMismatch(), mismatch.getExpected()));
    } else if (body instanceof Result.Ok<?> ok) {
      ((BodyComparisonResult) ok.getValue()).getMismatches().forEach((path, mismatches) -> {
        for (BodyMismatch mismatch : mismatches) {
          String what = mismatch.getMismatch() != null ? mismatch.getMismatch() : mismatch.description();
          problems.add(new Problem(Problem.Kind.REPLAY,
              response + "." + bodyInPact + JsonPointers.fromPactPath(mismatch.getPath() != null ? mismatch.getPath() : path),
              what, ""));
        }
      });
    }
    return problems;
  }

  private ProviderClient client(ApiSpec service) {
    return clients.computeIfAbsent(service, s -> {
      URI baseUrl = emulation.baseUrl(s);
      ProviderInfo provider = new ProviderInfo(s.serviceName());
      provider.setProtocol(baseUrl.getScheme());
      provider.setHost(baseUrl.getHost());
      provider.setPort(baseUrl.getPort());
      provider.setPath("/");
      return new ProviderClient(provider, new HttpClientFactory());
    });
  }

  /** A 404 for a path outside the service's base path: the pact was likely recorded without it. */
  private String pathHint(SynchronousRequestResponse http, ApiSpec service, ProviderResponse actual) {
    String basePath = emulation.baseUrl(service).getPath();
    String path = http.getRequest().getPath();
    if (actual.getStatusCode() != null && actual.getStatusCode() == 404 && !path.startsWith(basePath + "/")) {
      return " (the request path " + path + " is outside the service's base path " + basePath
          + "; a pact's paths are the ones the service receives, e.g. " + basePath + path + ")";
    }
    return "";
  }

  private static String excerpt(ProviderResponse response) {
    if (response.getBody() == null || !response.getBody().isPresent()) {
      return "";
    }
    String body = response.getBody().valueAsString();
    return ": " + (body.length() > BODY_EXCERPT ? body.substring(0, BODY_EXCERPT) + "…" : body);
  }

  @Override
  public void close() {
    for (ProviderClient client : clients.values()) {
      try {
        client.getHttpClient().close();
      } catch (Exception e) {
        // closing idle connections to a server that stops next; nothing to report
      }
    }
    emulation.close();
  }
}
