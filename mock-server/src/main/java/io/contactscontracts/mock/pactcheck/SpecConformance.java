package io.contactscontracts.mock.pactcheck;

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
import au.com.dius.pact.core.model.SynchronousRequestResponse;
import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.Response;
import com.atlassian.oai.validator.pact.PactRequest;
import com.atlassian.oai.validator.pact.PactResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.report.ValidationReport.Level;
import com.atlassian.oai.validator.report.ValidationReport.MessageContext;
import io.contactscontracts.specs.ApiSpec;
import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.core.models.ParseOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks an interaction against its service's OpenAPI spec with swagger-request-validator, strictly: every
 * finding is an error, and a property the spec does not declare is a finding (the validator's
 * additional-properties check, kept at ERROR even if its default changes); only a required property that a
 * pact's response leaves out is not, unless {@link #requiringCompleteResponses()}. A pact that sends or expects an
 * undocumented field is a typo or an undocumented assumption either way.
 *
 * <p>Interactions that expect the service to reject the body (400, 422) must send a body the spec rejects
 * too, in its schema and nowhere else; the rest of such a request, and every response, must be valid.
 *
 * <p>swagger-request-validator-pact's own {@code PactProviderValidator} calls a Pact 4.6 method that Pact
 * 4.7 no longer has, so each interaction goes through that module's {@link PactRequest}/{@link PactResponse}
 * adapters instead.
 */
public final class SpecConformance {

  /** Statuses that mean "your request body is not valid": Recepta's 400, Kejue's (FastAPI's) 422. */
  private static final Set<Integer> REJECTED_BODY = Set.of(400, 422);
  private static final String REQUEST_BODY_SCHEMA = "validation.request.body.schema.";
  private static final String ADDITIONAL_PROPERTIES = "additionalProperties";

  private final ApiSpec spec;
  private final boolean responsesComplete;
  private final OpenApiInteractionValidator validator;
  private final SpecSchemas schemas;
  private final ApiOperationResolver operations;

  private SpecConformance(ApiSpec spec, boolean responsesComplete) {
    this.spec = spec;
    this.operations = new ApiOperationResolver(new OpenAPIV3Parser().readContents(spec.yaml()).getOpenAPI(), null, false);
    this.responsesComplete = responsesComplete;
    this.validator = OpenApiInteractionValidator.createFor(withInheritedSecurity(spec))
        .withLevelResolver(strict(responsesComplete))
        .withResolveCombinators(true)
        .build();
    this.schemas = new SpecSchemas(spec);
  }

  /**
   * The spec as swagger-parser reads it, with the top-level {@code security} copied onto every operation that
   * has none of its own, as OpenAPI says it applies: swagger-request-validator checks only an operation's
   * own requirement, so a request without its API key would otherwise pass.
   */
  private static OpenAPI withInheritedSecurity(ApiSpec spec) {
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    OpenAPI api = new OpenAPIParser().readContents(spec.yaml(), null, options).getOpenAPI();
    if (api.getSecurity() != null && api.getPaths() != null) {
      api.getPaths().values().forEach(path -> path.readOperations().forEach(operation -> {
        if (operation.getSecurity() == null) {
          operation.setSecurity(api.getSecurity());
        }
      }));
    }
    return api;
  }

  /**
   * The check {@code check-pact} runs on any consumer's pact: a pact's response body lists what the consumer
   * relies on, not all the service sends (Pact's "expect only what you use"), so a required field it leaves
   * out is no problem; one it gets wrong is.
   */
  public static SpecConformance of(ApiSpec spec) {
    return new SpecConformance(spec, false);
  }

  /** The same check, where a response must also have every field the spec requires (pacts of full bodies). */
  public SpecConformance requiringCompleteResponses() {
    return responsesComplete ? this : new SpecConformance(spec, true);
  }

  public ApiSpec spec() {
    return spec;
  }

  /** Every finding counts; unknown properties are reported, not ignored. */
  static LevelResolver strict(boolean responsesComplete) {
    return LevelResolver.create()
        .withDefaultLevel(Level.ERROR)
        .withLevel("validation.schema." + ADDITIONAL_PROPERTIES, Level.ERROR)
        .withLevel(REQUEST_BODY_SCHEMA + ADDITIONAL_PROPERTIES, Level.ERROR)
        .withLevel("validation.response.body.schema." + ADDITIONAL_PROPERTIES, Level.ERROR)
        .withLevel("validation.response.body.schema.required", responsesComplete ? Level.ERROR : Level.IGNORE)
        .build();
  }

  /**
   * What is wrong with {@code http}, the interaction at {@code location} (e.g. {@code interactions[2]});
   * {@code bodyInPact} is where a body's JSON sits below request/response ({@code body}, or
   * {@code body.content} in a V4 pact).
   */
  public List<Problem> problems(SynchronousRequestResponse http, String location, String bodyInPact) {
    Request request = PactRequest.of(http.getRequest());
    Response response = PactResponse.of(http.getResponse());
    List<Problem> problems = new ArrayList<>();

    List<ValidationReport.Message> requestErrors = errors(validator.validateRequest(request));
    if (REJECTED_BODY.contains(response.getStatus())) {
      List<ValidationReport.Message> bodyErrors = requestErrors.stream()
          .filter(m -> m.getKey().startsWith(REQUEST_BODY_SCHEMA) && !m.getKey().endsWith(ADDITIONAL_PROPERTIES))
          .collect(Collectors.toList());
      if (bodyErrors.isEmpty()) {
        problems.add(new Problem(Problem.Kind.SPEC, location + ".request." + bodyInPact,
            "expects " + response.getStatus() + " for an invalid body, but " + spec.classpathLocation()
                + " accepts the request body, so the interaction proves nothing",
            spec.classpathLocation() + " " + request.getMethod() + " " + request.getPath() + ": the request body schema"));
      }
      requestErrors.removeAll(bodyErrors);
    }
    requestErrors.forEach(m -> problems.add(problem(m, location + ".request", bodyInPact, request, "request")));
    problems.addAll(responseProblems(request, response, http.getResponse().getMatchingRules().rulesForCategory("status"),
        location, bodyInPact));
    return problems;
  }

  /**
   * The response against the spec. A pact that accepts a class of statuses (Pact's status-code matcher, e.g.
   * any 2xx) is valid when its body fits the response of at least one status the spec declares in that class;
   * Pact's own status matching decides which declared statuses the pact accepts. Otherwise the findings for
   * the lowest accepted status are reported.
   */
  private List<Problem> responseProblems(Request request, Response response, MatchingRuleCategory statusRules,
      String location, String bodyInPact) {
    List<Integer> accepted = List.of(response.getStatus());
    if (!statusRules.isEmpty()) {
      ApiOperationMatch match = operations.findApiOperation(request.getPath(), request.getMethod());
      if (match.isOperationAllowed()) {
        MatchingContext context = new MatchingContext(statusRules, true, Map.of());
        List<Integer> declared = match.getApiOperation().getOperation().getResponses().keySet().stream()
            .filter(code -> code.matches("\\d{3}")).map(Integer::valueOf).sorted().collect(Collectors.toList());
        accepted = declared.stream()
            .filter(status -> Matching.INSTANCE.matchStatus(response.getStatus(), status, context) == null)
            .collect(Collectors.toList());
        if (accepted.isEmpty()) {
          return List.of(new Problem(Problem.Kind.SPEC, location + ".response.status",
              "the pact accepts " + statusRules.allMatchingRules() + " but the spec declares none of those statuses",
              spec.classpathLocation() + " " + request.getMethod() + " " + request.getPath() + " declares " + declared));
        }
      }
    }
    List<Problem> first = null;
    for (int status : accepted) {
      List<ValidationReport.Message> errors =
          errors(validator.validateResponse(request.getPath(), request.getMethod(), withStatus(response, status)));
      if (errors.isEmpty()) {
        return List.of();
      }
      if (first == null) {
        first = errors.stream()
            .map(m -> problem(m, location + ".response", bodyInPact, request, "response " + status))
            .collect(Collectors.toList());
      }
    }
    return first;
  }

  /** The pact's response as the spec's response for {@code status}. */
  private static Response withStatus(Response response, int status) {
    if (status == response.getStatus()) {
      return response;
    }
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

  private Problem problem(ValidationReport.Message message, String side, String bodyInPact, Request request, String part) {
    String key = message.getKey();
    MessageContext context = message.getContext().orElse(null);
    String where = side;
    if (key.contains(".body")) {
      where = side + "." + bodyInPact + JsonPointers.toPath(instancePointer(context));
    } else if (key.contains("header") || key.contains("security")) {
      where = side + ".headers";
    } else if (key.contains("path") || key.contains("operation")) {
      where = side + ".path";
    } else if (key.contains("query")) {
      where = side + ".query";
    } else if (key.contains("contentType") || key.contains("content-type") || key.contains("mediaType")) {
      where = side + ".headers";
    } else if (key.contains("response.status")) {
      where = side + ".status";
    }
    String details = message.getAdditionalInfo().isEmpty() ? "" : " " + String.join("; ", message.getAdditionalInfo());
    String what = message.getMessage() + details + " [" + key + "]";
    String says = spec.classpathLocation() + " " + request.getMethod() + " " + request.getPath() + " " + part;
    if (key.contains("security")) {
      says += " needs" + schemas.securityRequirements();
    } else if (key.contains("response.status")) {
      says += schemas.declaredStatuses(context);
    } else {
      says += schemas.describe(context, key.endsWith(ADDITIONAL_PROPERTIES));
    }
    return new Problem(Problem.Kind.SPEC, where, what, says);
  }

  private static String instancePointer(MessageContext context) {
    if (context == null) {
      return "";
    }
    return context.getPointers().map(ValidationReport.MessageContext.Pointers::getInstance).orElse("");
  }

  private static List<ValidationReport.Message> errors(ValidationReport report) {
    return report.getMessages().stream()
        .filter(m -> m.getLevel() == Level.ERROR)
        .collect(Collectors.toCollection(ArrayList::new));
  }
}
