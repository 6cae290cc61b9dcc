package io.contactscontracts.mock.pactcheck;

import au.com.dius.pact.core.matchers.Matching;
import au.com.dius.pact.core.matchers.MatchingContext;
import au.com.dius.pact.core.model.IRequest;
import au.com.dius.pact.core.model.IResponse;
import au.com.dius.pact.core.model.SynchronousRequestResponse;
import au.com.dius.pact.core.model.matchingrules.MatchingRuleCategory;
import com.atlassian.oai.validator.model.ApiOperationMatch;
import com.fasterxml.jackson.databind.JsonNode;
import io.contactscontracts.mock.internal.openapi.SpecModel;
import io.contactscontracts.mock.internal.validation.OperationValidators;
import io.contactscontracts.mock.internal.validation.ResponseValidator.Finding;
import io.contactscontracts.mock.internal.validation.Violation;
import io.contactscontracts.specs.ApiSpec;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks an interaction against its service's OpenAPI spec with the mock server's own spec model and validators
 * ({@link SpecModel}, {@link OperationValidators#strict}), strictly: every finding is an error, and a property an
 * object schema does not declare is a finding, in a request or a response; only a required property that a pact's
 * response leaves out is not, unless {@link #requiringCompleteResponses()}. A pact that sends or expects an
 * undocumented field is a typo or an undocumented assumption either way.
 *
 * <p>Interactions that expect the service to reject the body (400, 422) must send a body the spec rejects too,
 * in its schema and nowhere else; the rest of such a request, and every response, must be valid.
 */
public final class SpecConformance {

  /** Statuses that mean "your request body is not valid": Recepta's 400, Kejue's (FastAPI's) 422. */
  private static final Set<Integer> REJECTED_BODY = Set.of(400, 422);
  /** The kinds of violation that make a body one the spec rejects (an undeclared field alone does not). */
  private static final Set<Violation.Kind> INVALID_BODY = Set.of(Violation.Kind.WRONG_TYPE, Violation.Kind.NOT_IN_ENUM,
      Violation.Kind.REQUIRED_FIELD_MISSING, Violation.Kind.CONSTRAINT);
  private static final String REQUIRED = "validation.response.body.schema.required";
  private static final String RESPONSE_CONTENT_TYPE = "validation.response.contentType.notAllowed";

  private final ApiSpec spec;
  private final boolean responsesComplete;
  private final SpecModel model;
  private final OperationValidators validators;
  private final SpecSchemas schemas;

  private SpecConformance(ApiSpec spec, SpecModel model, OperationValidators validators, boolean responsesComplete) {
    this.spec = spec;
    this.model = model;
    this.validators = validators;
    this.responsesComplete = responsesComplete;
    this.schemas = new SpecSchemas(model.api());
  }

  /**
   * The check {@code check-pact} runs on any consumer's pact: a pact's response body lists what the consumer
   * relies on, not all the service sends (Pact's "expect only what you use"), so a required field it leaves
   * out is no problem; one it gets wrong is.
   */
  public static SpecConformance of(ApiSpec spec) {
    SpecModel model = SpecModel.parse(spec.classpathLocation(), spec.yaml());
    return new SpecConformance(spec, model, OperationValidators.strict(model.api()), false);
  }

  /** The same check, where a response must also have every field the spec requires (pacts of full bodies). */
  public SpecConformance requiringCompleteResponses() {
    return responsesComplete ? this : new SpecConformance(spec, model, validators, true);
  }

  public ApiSpec spec() {
    return spec;
  }

  /**
   * What is wrong with {@code http}, the interaction at {@code location} (e.g. {@code interactions[2]});
   * {@code bodyInPact} is where a body's JSON sits below request/response ({@code body}, or
   * {@code body.content} in a V4 pact).
   */
  public List<Problem> problems(SynchronousRequestResponse http, String location, String bodyInPact) {
    PactExchange exchange = new PactExchange(http, location, bodyInPact);
    IRequest request = http.getRequest();
    ApiOperationMatch match = exchange.method()
        .map(method -> model.find(request.getPath(), method))
        .orElse(ApiOperationMatch.MISSING_PATH);
    if (!match.isOperationAllowed()) {
      return List.of(routingProblem(exchange, match));
    }
    Operation operation = match.getApiOperation().getOperation();
    List<Problem> problems = new ArrayList<>(requestProblems(exchange, operation));
    problems.addAll(responseProblems(exchange, operation));
    return problems;
  }

  private Problem routingProblem(PactExchange exchange, ApiOperationMatch match) {
    IRequest request = exchange.http().getRequest();
    if (match.isPathFound()) {
      return new Problem(Problem.Kind.SPEC, exchange.request() + ".method",
          request.getMethod() + " is not an operation of " + request.getPath() + " [validation.request.operation.notAllowed]",
          spec.classpathLocation() + " " + request.getPath() + " allows only " + String.join(", ",
              model.allowedMethods(request.getPath())));
    }
    return new Problem(Problem.Kind.SPEC, exchange.request() + ".path",
        "no operation of the spec answers " + request.getMethod() + " " + request.getPath() + " [validation.request.path.missing]",
        spec.classpathLocation() + " declares " + schemas.operations(model.basePath()));
  }

  private List<Problem> requestProblems(PactExchange exchange, Operation operation) {
    List<Problem> problems = new ArrayList<>();
    String says = says(exchange, "request");
    model.apiKeyHeader(operation).filter(header -> exchange.requestHeader(header).isEmpty()).ifPresent(header ->
        problems.add(new Problem(Problem.Kind.SPEC, exchange.request() + ".headers",
            "has no " + header + " header, which the operation's security requires [validation.request.security.missing]",
            says + " needs: " + schemas.apiKey(header))));
    PactExchange.Body body = exchange.requestBody();
    body.error().ifPresent(error -> problems.add(new Problem(Problem.Kind.SPEC, exchange.request() + "." + exchange.bodyInPact(),
        "is not JSON (" + error + ")", "")));

    List<Violation> violations = new ArrayList<>(validators.request(operation).validate(exchange.requestInput(body.json())));
    if (body.error().isPresent()) {
      violations.removeIf(v -> v.kind() == Violation.Kind.BODY_MISSING); // it is there, just not JSON: said above
    }
    int status = exchange.http().getResponse().getStatus();
    if (REJECTED_BODY.contains(status)) {
      List<Violation> bodyErrors = violations.stream()
          .filter(v -> "body".equals(v.location().get(0)) && INVALID_BODY.contains(v.kind()))
          .collect(Collectors.toList());
      if (bodyErrors.isEmpty() && body.error().isEmpty()) {
        problems.add(new Problem(Problem.Kind.SPEC, exchange.request() + "." + exchange.bodyInPact(),
            "expects " + status + " for an invalid body, but " + spec.classpathLocation()
                + " accepts the request body, so the interaction proves nothing",
            says + ": the request body schema"));
      }
      violations.removeAll(bodyErrors);
    }
    violations.forEach(v -> problems.add(requestProblem(v, exchange, says, operation)));
    return problems;
  }

  private Problem requestProblem(Violation violation, PactExchange exchange, String says, Operation operation) {
    Schema<?> bodySchema = model.requestSchema(operation).orElse(null);
    List<Object> location = violation.location();
    String part = String.valueOf(location.get(0));
    String detail = violation.detail();
    switch (violation.kind()) {
      case WRONG_CONTENT_TYPE:
        return new Problem(Problem.Kind.SPEC, exchange.request() + ".headers",
            detail + " [validation.request.contentType.notAllowed]", says + SpecSchemas.mediaTypes(operation));
      case BODY_MISSING:
        return new Problem(Problem.Kind.SPEC, exchange.request() + "." + exchange.bodyInPact(),
            detail + " [validation.request.body.missing]", says + schemas.describe(bodySchema, List.of(), false));
      default:
        break;
    }
    if (!"body".equals(part)) {
      String name = location.size() > 1 ? String.valueOf(location.get(1)) : "";
      return new Problem(Problem.Kind.SPEC, exchange.request() + (part.equals("header") ? ".headers." : "." + part + ".") + name,
          detail + " [validation.request.parameter." + part + "." + keyword(violation.kind()) + "]",
          says + ", the " + part + " parameter " + name + ": " + SpecSchemas.typeOf(violation.expected()));
    }
    // a missing member is reported at its object, which the spec describes
    List<String> path = location.subList(1, location.size() - (violation.kind() == Violation.Kind.REQUIRED_FIELD_MISSING ? 1 : 0))
        .stream().map(String::valueOf).collect(Collectors.toList());
    String pointer = JsonPointers.fromSegments(path);
    return new Problem(Problem.Kind.SPEC, exchange.request() + "." + exchange.bodyInPact() + JsonPointers.toPath(pointer),
        (pointer.isEmpty() ? "" : pointer + ": ") + detail + " [validation.request.body.schema." + keyword(violation.kind()) + "]",
        says + schemas.describe(bodySchema, path, violation.kind() == Violation.Kind.UNDECLARED_PROPERTY));
  }

  /** The JSON Schema keyword a violation comes from, as far as its kind tells. */
  private static String keyword(Violation.Kind kind) {
    switch (kind) {
      case WRONG_TYPE:
        return "type";
      case NOT_IN_ENUM:
        return "enum";
      case REQUIRED_FIELD_MISSING:
        return "required";
      case UNDECLARED_PROPERTY:
        return "additionalProperties";
      default:
        return "constraint";
    }
  }

  /**
   * The response against the spec. A pact that accepts a class of statuses (Pact's status-code matcher, e.g.
   * any 2xx) is valid when its body fits the response of at least one status the spec declares in that class;
   * Pact's own status matching decides which declared statuses the pact accepts. Otherwise the findings for
   * the lowest accepted status are reported.
   */
  private List<Problem> responseProblems(PactExchange exchange, Operation operation) {
    IResponse response = exchange.http().getResponse();
    List<Integer> accepted = List.of(response.getStatus());
    MatchingRuleCategory statusRules = response.getMatchingRules().rulesForCategory("status");
    if (!statusRules.isEmpty()) {
      MatchingContext context = new MatchingContext(statusRules, true, Map.of());
      List<Integer> declared = model.declaredStatuses(operation);
      accepted = declared.stream()
          .filter(status -> Matching.INSTANCE.matchStatus(response.getStatus(), status, context) == null)
          .collect(Collectors.toList());
      if (accepted.isEmpty()) {
        return List.of(new Problem(Problem.Kind.SPEC, exchange.response() + ".status",
            "the pact accepts " + statusRules.allMatchingRules() + " but the spec declares none of those statuses",
            says(exchange, "response") + " declares " + declared));
      }
    }
    PactExchange.Body body = exchange.responseBody();
    if (body.error().isPresent()) {
      return List.of(new Problem(Problem.Kind.SPEC, exchange.response() + "." + exchange.bodyInPact(),
          "is not JSON (" + body.error().get() + ")", ""));
    }
    boolean statesContentType = !exchange.responseHeader("Content-Type").isEmpty();
    List<Problem> first = null;
    for (int status : accepted) {
      List<Finding> findings = validators.response(operation).findings(status, exchange::responseHeader, body.json())
          .stream()
          .filter(f -> responsesComplete || !f.key().equals(REQUIRED))
          // a pact that says nothing of the Content-Type expects none in particular
          .filter(f -> statesContentType || !f.key().equals(RESPONSE_CONTENT_TYPE))
          .collect(Collectors.toList());
      if (findings.isEmpty()) {
        return List.of();
      }
      if (first == null) {
        first = findings.stream().map(f -> responseProblem(f, exchange, operation, status)).collect(Collectors.toList());
      }
    }
    return first;
  }

  private Problem responseProblem(Finding finding, PactExchange exchange, Operation operation, int status) {
    String key = finding.key();
    String says = says(exchange, "response " + status);
    // the body itself needs no pointer: the problem's location says where it is
    String pointer = JsonPointers.segments(finding.location()).isEmpty() ? "" : finding.location() + ": ";
    String what = pointer + finding.detail() + " [" + key + "]";
    if (key.startsWith("validation.response.status")) {
      return new Problem(Problem.Kind.SPEC, exchange.response() + ".status", what,
          says + ", which declares only " + model.declaredStatuses(operation).stream().map(String::valueOf)
              .collect(Collectors.joining(", ")));
    }
    if (key.contains(".header") || key.contains("contentType")) {
      return new Problem(Problem.Kind.SPEC, exchange.response() + ".headers", what, says);
    }
    Schema<?> schema = Optional.ofNullable(operation.getResponses().get(String.valueOf(status)))
        .or(() -> Optional.ofNullable(operation.getResponses().get("default")))
        .flatMap(declared -> SpecModel.jsonMedia(declared.getContent()))
        .map(MediaType::getSchema)
        .orElse(null);
    List<String> path = JsonPointers.segments(finding.location());
    return new Problem(Problem.Kind.SPEC, exchange.response() + "." + exchange.bodyInPact() + JsonPointers.toPath(finding.location()),
        what, says + schemas.describe(schema, path, key.endsWith("additionalProperties")));
  }

  private String says(PactExchange exchange, String part) {
    IRequest request = exchange.http().getRequest();
    return spec.classpathLocation() + " " + request.getMethod() + " " + request.getPath() + " " + part;
  }
}
