package io.contactscontracts.contracts.speccheck;

import au.com.dius.pact.core.matchers.Matching;
import au.com.dius.pact.core.matchers.MatchingContext;
import au.com.dius.pact.core.model.matchingrules.MatchingRuleCategory;
import com.atlassian.oai.validator.interaction.ApiOperationResolver;
import com.atlassian.oai.validator.model.ApiOperationMatch;
import com.atlassian.oai.validator.model.Body;
import io.swagger.v3.parser.OpenAPIV3Parser;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import au.com.dius.pact.core.model.DefaultPactReader;
import au.com.dius.pact.core.model.Interaction;
import au.com.dius.pact.core.model.Pact;
import au.com.dius.pact.core.model.SynchronousRequestResponse;
import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.Response;
import com.atlassian.oai.validator.pact.PactRequest;
import com.atlassian.oai.validator.pact.PactResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.report.ValidationReport.Level;
import io.contactscontracts.specs.ApiSpec;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks every interaction of a pact against its provider's OpenAPI spec with swagger-request-validator,
 * strictly: every finding is an error, and a property the spec does not declare is a finding (the
 * validator's additional-properties check, kept at ERROR even if its default changes). A pact that sends
 * or expects an undocumented field is a typo or an undocumented assumption either way.
 *
 * <p>Interactions that expect the service to reject the body (400, 422) must send a body the spec rejects
 * too, in its schema and nowhere else; the rest of such a request, and every response, must be valid.
 *
 * <p>swagger-request-validator-pact's own {@code PactProviderValidator} calls a Pact 4.6 method that
 * Pact 4.7 no longer has, so pacts are read with Pact's {@link DefaultPactReader} and each interaction
 * goes through that module's {@link PactRequest}/{@link PactResponse} adapters.
 */
public final class PactSpecCheck {

  /** Statuses that mean "your request body is not valid": Recepta's 400, Kejue's (FastAPI's) 422. */
  private static final Set<Integer> REJECTED_BODY = Set.of(400, 422);
  private static final String REQUEST_BODY_SCHEMA = "validation.request.body.schema.";
  private static final String ADDITIONAL_PROPERTIES = "additionalProperties";

  private final ApiSpec spec;
  private final OpenApiInteractionValidator validator;
  private final ApiOperationResolver operations;

  private PactSpecCheck(ApiSpec spec) {
    this.spec = spec;
    this.operations = new ApiOperationResolver(new OpenAPIV3Parser().readContents(spec.yaml()).getOpenAPI(), null, false);
    this.validator = OpenApiInteractionValidator.createForInlineApiSpecification(spec.yaml())
        .withLevelResolver(strict())
        .withResolveCombinators(true)
        .build();
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

  /** Every finding counts; unknown properties are reported, not ignored. */
  static LevelResolver strict() {
    return LevelResolver.create()
        .withDefaultLevel(Level.ERROR)
        .withLevel("validation.schema." + ADDITIONAL_PROPERTIES, Level.ERROR)
        .withLevel(REQUEST_BODY_SCHEMA + ADDITIONAL_PROPERTIES, Level.ERROR)
        .withLevel("validation.response.body.schema." + ADDITIONAL_PROPERTIES, Level.ERROR)
        .build();
  }

  public ApiSpec spec() {
    return spec;
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
    Request request = PactRequest.of(http.getRequest());
    Response response = PactResponse.of(http.getResponse());
    List<String> problems = new ArrayList<>();

    List<ValidationReport.Message> requestErrors = errors(validator.validateRequest(request));
    if (REJECTED_BODY.contains(response.getStatus())) {
      List<ValidationReport.Message> bodyErrors = requestErrors.stream()
          .filter(m -> m.getKey().startsWith(REQUEST_BODY_SCHEMA) && !m.getKey().endsWith(ADDITIONAL_PROPERTIES))
          .collect(Collectors.toList());
      if (bodyErrors.isEmpty()) {
        problems.add("expects " + response.getStatus() + " for an invalid body, but " + spec.classpathLocation()
            + " accepts the request body, so the interaction proves nothing");
      }
      requestErrors.removeAll(bodyErrors);
    }
    requestErrors.forEach(m -> problems.add("request: " + describe(m)));
    problems.addAll(responseProblems(request, response, http.getResponse().getMatchingRules().rulesForCategory("status")));
    return problems;
  }

  /**
   * The response against the spec. A pact that accepts a class of statuses (Pact's status-code matcher,
   * e.g. any 2xx) is valid when its body fits the response of at least one status the spec declares in that
   * class; Pact's own status matching decides which declared statuses the pact accepts.
   */
  private List<String> responseProblems(Request request, Response response, MatchingRuleCategory statusRules) {
    List<Integer> accepted = List.of(response.getStatus());
    if (!statusRules.isEmpty()) {
      ApiOperationMatch match = operations.findApiOperation(request.getPath(), request.getMethod());
      if (!match.isOperationAllowed()) {
        return List.of("response: the spec has no operation " + request.getMethod() + " " + request.getPath());
      }
      MatchingContext context = new MatchingContext(statusRules, true, Map.of());
      List<Integer> declared = match.getApiOperation().getOperation().getResponses().keySet().stream()
          .filter(code -> code.matches("\\d{3}")).map(Integer::valueOf).sorted().collect(Collectors.toList());
      accepted = declared.stream()
          .filter(status -> Matching.INSTANCE.matchStatus(response.getStatus(), status, context) == null)
          .collect(Collectors.toList());
      if (accepted.isEmpty()) {
        return List.of("response: the pact accepts " + statusRules.allMatchingRules() + " but the spec declares only "
            + declared + " for " + request.getMethod() + " " + request.getPath());
      }
    }
    List<String> firstProblems = null;
    for (int status : accepted) {
      List<ValidationReport.Message> errors =
          errors(validator.validateResponse(request.getPath(), request.getMethod(), withStatus(response, status)));
      if (errors.isEmpty()) {
        return List.of();
      }
      if (firstProblems == null) { // the lowest accepted status's findings speak for all of them
        firstProblems = errors.stream().map(m -> "response " + status + ": " + describe(m)).collect(Collectors.toList());
      }
    }
    return firstProblems;
  }

  /** The pact's response as the spec's response for {@code status}. */
  private static Response withStatus(Response response, int status) {
    return new Response() {
      @Override
      public int getStatus() {
        return status;
      }

      @Override
      @SuppressWarnings("deprecation")
      public Optional<String> getBody() {
        return response.getBody();
      }

      @Override
      public Optional<Body> getResponseBody() {
        return response.getResponseBody();
      }

      @Override
      public Collection<String> getHeaderValues(String name) {
        return response.getHeaderValues(name);
      }
    };
  }

  private static List<ValidationReport.Message> errors(ValidationReport report) {
    return report.getMessages().stream()
        .filter(m -> m.getLevel() == Level.ERROR)
        .collect(Collectors.toCollection(ArrayList::new));
  }

  private static String describe(ValidationReport.Message message) {
    String details = message.getAdditionalInfo().isEmpty() ? "" : " " + message.getAdditionalInfo();
    return message.getMessage() + details + " [" + message.getKey() + "]";
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
