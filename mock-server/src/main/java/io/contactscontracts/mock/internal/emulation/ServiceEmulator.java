package io.contactscontracts.mock.internal.emulation;

import io.contactscontracts.mock.internal.spec.SchemaSampler;
import io.contactscontracts.mock.internal.spec.SpecModel;
import io.contactscontracts.mock.internal.state.Workspaces;

import com.atlassian.oai.validator.model.ApiOperation;
import com.atlassian.oai.validator.model.ApiOperationMatch;
import com.atlassian.oai.validator.model.Body;
import com.atlassian.oai.validator.model.Request.Method;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.common.Urls;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Schema;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Collectors;
import org.eclipse.jetty.http.HttpStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers requests to one service the way the service would: route by the spec, honour {@code Prefer}
 * faults, check the API key, validate the request against the spec, build the response from the spec's
 * schema and the service's rules, validate that response, and store the created contact.
 */
public final class ServiceEmulator {
  private static final Logger LOG = LoggerFactory.getLogger(ServiceEmulator.class);
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final String MOCK_ERROR_HEADER = "X-Contacts-Mock-Error";
  private static final String RETRY_AFTER = "Retry-After";
  private static final int DEFAULT_RETRY_AFTER_SECONDS = 1;
  /** Outcomes a run-wide fault rate picks from. */
  private static final List<Integer> RANDOM_FAULT_CODES = List.of(429, 500, 503);

  private final SpecModel spec;
  private final ServiceRules rules;
  private final Workspaces workspaces;
  private final EmulationSettings settings;
  private final ResponseValidationLog validationLog;
  private final Random random = new Random();

  public ServiceEmulator(SpecModel spec, ServiceRules rules, Workspaces workspaces, EmulationSettings settings,
      ResponseValidationLog validationLog) {
    rules.checkAgainst(spec);
    this.spec = spec;
    this.rules = rules;
    this.workspaces = workspaces;
    this.settings = settings;
    this.validationLog = validationLog;
  }

  public SpecModel spec() {
    return spec;
  }

  public ErrorShape errorShape() {
    return rules.errors();
  }

  public int maxBodyBytes() {
    return rules.maxBodyBytes;
  }

  /** Records a failure of the emulation itself, so tests using the mock fail on it like on a spec mismatch. */
  void recordBug(String description) {
    validationLog.record(description);
  }

  public ResponseDefinition respond(Request request) {
    String path = Urls.getPath(request.getUrl());
    Method method = methodOf(request);
    Preferences preferences;
    try {
      preferences = Preferences.parse(headerValues(request, Preferences.HEADER));
    } catch (IllegalArgumentException e) {
      return usageError(e.getMessage()).toDefinition(settings.latencyMs());
    }
    Reply checked = finish(path, method, handle(request, path, method, preferences));
    if (LOG.isDebugEnabled()) {
      LOG.debug("{} {} {} key={} -> {}", rules.service().displayName(), request.getMethod(), path,
          ApiKeys.mask(apiKeyOf(request, path, method).orElse(null)),
          checked.fault != null ? checked.fault : checked.status);
    }
    return checked.toDefinition(settings.latencyMs() + preferences.delayMs());
  }

  /**
   * The answer to a body over the service's size limit, given before anything else, as the body parser or
   * proxy in front of each service does: its 413, on any path.
   */
  public Reply bodyTooLarge(String path, String methodName) {
    Method method = methodOf(methodName);
    String message = "Request body too large: the limit is " + rules.maxBodyBytes + " bytes";
    ApiOperationMatch match = method == null ? null : spec.find(path, method);
    Reply reply = match != null && match.isOperationAllowed() ? error(match.getApiOperation(), 413, message)
        : Reply.unspecified(413, rules.errors().message(message));
    return finish(path, method, reply);
  }

  /**
   * The answer to a body whose content coding cannot be undone (a broken gzip stream): the text the service
   * would parse is not JSON, so it is the service's malformed-JSON error, after the usual 404 and 405.
   */
  public Reply undecodableBody(String path, String methodName) {
    Method method = methodOf(methodName);
    Route route = route(path, method);
    if (route.refusal() != null) {
      return route.refusal();
    }
    Violation problem = new Violation(Violation.Kind.MALFORMED_JSON, List.of("body", 0), null, "Undecodable body");
    return finish(path, method, Reply.json(rules.errors().validationStatus(), "application/json",
        rules.errors().validation(List.of(problem))));
  }

  /** A JSON 500 that says the mock, not the request, failed; recorded so tests using the mock fail on it. */
  public Reply internalError(String request, Throwable failure) {
    LOG.error("MOCK BUG: the {} emulation failed on {}", spec.name(), request, failure);
    recordBug(spec.name() + " " + request + " failed inside the mock: " + failure);
    return Reply.unspecified(500, NODES.objectNode()
            .put("mock_error", "contacts-mock-server bug: " + failure + ". Please report this with the server log."))
        .header(MOCK_ERROR_HEADER, "internal");
  }

  /** Checks a reply the spec describes and, if it passes, runs what it was accepted for (storing a contact). */
  private Reply finish(String path, Method method, Reply reply) {
    Reply checked = reply.specified && settings.validateResponses() && method != null
        ? validated(path, method, reply) : reply;
    if (checked == reply) {
      reply.onAccepted.run();
    }
    return checked;
  }

  /** The operation a request is for, or the refusal when there is none. */
  private record Route(ApiOperation operation, Reply refusal) {}

  /** The operation, or 404 for a path the spec does not have and 405 (with Allow) for an undeclared method. */
  private Route route(String path, Method method) {
    ApiOperationMatch match = method == null ? null : spec.find(path, method);
    if (match != null && match.isOperationAllowed()) {
      return new Route(match.getApiOperation(), null);
    }
    List<String> allowed = spec.allowedMethods(path);
    if (allowed.isEmpty()) {
      // x-inferred: what either service answers for a path it does not serve
      return new Route(null, Reply.unspecified(404, rules.errors().message("Not Found")));
    }
    return new Route(null, Reply.unspecified(405, rules.errors().message("Method Not Allowed"))
        .header("Allow", String.join(", ", allowed)));
  }

  private Reply handle(Request request, String path, Method method, Preferences preferences) {
    Route route = route(path, method);
    if (route.refusal() != null) {
      return route.refusal();
    }
    ApiOperation operation = route.operation();
    if (preferences.fault().isPresent()) {
      return Reply.fault(preferences.fault().get());
    }
    if (preferences.code().isPresent() && preferences.code().getAsInt() >= 300) {
      return forced(operation, preferences.code().getAsInt(), preferences);
    }
    if (settings.faultRate() > 0 && random.nextDouble() < settings.faultRate()) {
      return randomFault(operation, preferences);
    }
    Optional<String> keyHeader = spec.apiKeyHeader(operation.getOperation());
    String apiKey = "";
    if (keyHeader.isPresent()) {
      Optional<String> key = apiKeyOf(request, keyHeader.get());
      if (key.isEmpty()) {
        return error(operation, 401, "Missing API key: send it in the " + keyHeader.get() + " header");
      }
      if (!rules.acceptsKey(key.get())) {
        return error(operation, 401, "Invalid API key: " + rules.service().displayName() + " keys start with "
            + rules.keyFormat());
      }
      apiKey = key.get();
    }
    byte[] body = request.getBody() == null ? new byte[0] : request.getBody();
    if (body.length > rules.maxBodyBytes) {
      return error(operation, 413, "Request body too large: the limit is " + rules.maxBodyBytes + " bytes");
    }
    Optional<Schema<?>> requestSchema = spec.requestSchema(operation.getOperation());
    JsonBodyReader.Read read = requestSchema.isPresent()
        ? JsonBodyReader.read(body, request.getHeader("Content-Type"), rules.jsonSuffixMediaTypes)
        : new JsonBodyReader.Read(null, null, null);
    if (read.problem() != null) {
      return Reply.json(rules.errors().validationStatus(), "application/json",
          rules.errors().validation(List.of(read.problem())));
    }
    ValidationReport report = spec.validator().validateRequest(
        validatorRequest(request, path, method, read, requestSchema.isPresent()));
    if (report.hasErrors()) {
      List<Violation> violations = RequestViolations.of(report, requestSchema.orElse(null), body);
      if (!violations.isEmpty()) {
        return Reply.json(rules.errors().validationStatus(), "application/json", rules.errors().validation(violations));
      }
    }
    return success(operation, apiKey, read.json());
  }

  private Reply success(ApiOperation operation, String apiKey, JsonNode request) {
    SpecModel.DeclaredResponse declared = spec.successResponse(operation.getOperation());
    ResponseBodies.Built built = ResponseBodies.build(spec, rules, operation.getOperation(), request);
    Reply reply = Reply.json(declared.status(), declared.contentType().orElse("application/json"), built.body());
    if (built.resource() != null) {
      ObjectNode resource = built.resource();
      reply.onAccepted = () -> workspaces.add(apiKey, resource);
    }
    return reply;
  }

  /** A status asked for through {@code Prefer: code=…}, with the spec's example body when it has one. */
  private Reply forced(ApiOperation operation, int status, Preferences preferences) {
    Optional<SpecModel.DeclaredResponse> declared = spec.declaredResponse(operation.getOperation(), status);
    if (declared.isEmpty()) {
      // The spec does not describe this status, so there is nothing to validate against.
      Reply reply = Reply.unspecified(status, rules.errors().message(reason(status)));
      if (status == 429 || status == 503) {
        reply.header(RETRY_AFTER, String.valueOf(preferences.retryAfterSeconds().orElse(DEFAULT_RETRY_AFTER_SECONDS)));
      }
      return reply;
    }
    JsonNode body = declared.get().example().map(SchemaSampler::toJson)
        .orElseGet(() -> rules.errors().message(reason(status)));
    Reply reply = Reply.json(status, declared.get().contentType().orElse("application/json"), body);
    addDeclaredHeaders(reply, declared.get(), preferences);
    return reply;
  }

  private Reply randomFault(ApiOperation operation, Preferences preferences) {
    List<Integer> codes = RANDOM_FAULT_CODES.stream().filter(c -> spec.declares(operation, c)).collect(Collectors.toList());
    int pick = random.nextInt(codes.size() + 1);
    return pick == codes.size() ? Reply.fault(Fault.CONNECTION_RESET_BY_PEER) : forced(operation, codes.get(pick), preferences);
  }

  /** An error in the service's shape, validated against the spec like every reply it describes. */
  private Reply error(ApiOperation operation, int status, String message) {
    Reply reply = Reply.json(status, spec.declaredResponse(operation.getOperation(), status)
        .flatMap(SpecModel.DeclaredResponse::contentType).orElse("application/json"), rules.errors().message(message));
    spec.declaredResponse(operation.getOperation(), status)
        .ifPresent(declared -> addDeclaredHeaders(reply, declared, Preferences.NONE));
    return reply;
  }

  /** Headers the spec declares for the response: Retry-After in seconds, others from their schema. */
  private static void addDeclaredHeaders(Reply reply, SpecModel.DeclaredResponse declared, Preferences preferences) {
    if (declared.response().getHeaders() == null) {
      return;
    }
    declared.response().getHeaders().forEach((name, header) -> {
      if (name.equalsIgnoreCase(RETRY_AFTER)) {
        reply.header(name, String.valueOf(preferences.retryAfterSeconds().orElse(DEFAULT_RETRY_AFTER_SECONDS)));
      } else if (!name.equalsIgnoreCase("Content-Type")) {
        reply.header(name, headerValue(header));
      }
    });
  }

  private static String headerValue(Header header) {
    JsonNode value = SchemaSampler.sample(header.getSchema());
    return value.isValueNode() ? value.asText() : value.toString();
  }

  /** Checks a reply against the spec; a mismatch is a bug of the mock, so it is logged and answered 500. */
  private Reply validated(String path, Method method, Reply reply) {
    SimpleResponse.Builder response = SimpleResponse.Builder.status(reply.status);
    reply.headers.forEach(response::withHeader);
    if (reply.body != null) {
      response.withBody(reply.body);
    }
    ValidationReport report = spec.validator().validateResponse(path, method, response.build());
    if (!report.hasErrors()) {
      return reply;
    }
    List<String> problems = report.getMessages().stream()
        .filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
        .map(m -> m.getKey() + ": " + m.getMessage())
        .collect(Collectors.toList());
    String description = rules.service().displayName() + " " + method + " " + path + " -> " + reply.status
        + " broke the spec: " + problems + "; body: " + reply.body;
    validationLog.record(description);
    LOG.error("MOCK BUG: the mock's own response does not match the {} spec. {}", spec.name(), description);
    ObjectNode body = NODES.objectNode()
        .put("mock_error", "contacts-mock-server bug: its " + rules.service().displayName()
            + " response did not match the spec, so it was not sent. Please report this with the server log.");
    problems.forEach(body.putArray("violations")::add);
    return Reply.unspecified(500, body).header(MOCK_ERROR_HEADER, "response-validation");
  }

  /** A request the mock cannot act on, e.g. an unusable {@code Prefer} value: not the service's answer. */
  private static Reply usageError(String message) {
    return Reply.unspecified(400, NODES.objectNode().put("mock_error", message)).header(MOCK_ERROR_HEADER, "usage");
  }

  private Optional<String> apiKeyOf(Request request, String path, Method method) {
    if (method == null) {
      return Optional.empty();
    }
    ApiOperationMatch match = spec.find(path, method);
    return match.isOperationAllowed()
        ? spec.apiKeyHeader(match.getApiOperation().getOperation()).flatMap(h -> apiKeyOf(request, h))
        : Optional.empty();
  }

  /** The key sent in the header; WireMock looks header names up case-insensitively. */
  private static Optional<String> apiKeyOf(Request request, String header) {
    HttpHeader value = request.header(header);
    return value.isPresent() && !value.firstValue().isBlank() ? Optional.of(value.firstValue().trim()) : Optional.empty();
  }

  private static List<String> headerValues(Request request, String name) {
    HttpHeader header = request.header(name);
    return header.isPresent() ? header.values() : List.of();
  }

  private static Method methodOf(Request request) {
    return methodOf(request.getMethod().getName());
  }

  private static Method methodOf(String name) {
    try {
      return Method.valueOf(name.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /**
   * The request as the validator sees it. A body {@link JsonBodyReader} accepted is given as the JSON it
   * read, with Content-Type {@code application/json}: the charset parameter (which the services ignore; the
   * validator fails on one Java does not know) and {@code +json} suffixes were dealt with there, and the
   * validator checks the very tree the mock then stores instead of parsing the text again.
   */
  private static SimpleRequest validatorRequest(Request request, String path, Method method,
      JsonBodyReader.Read body, boolean jsonBody) {
    SimpleRequest.Builder builder = new SimpleRequest.Builder(method, path);
    for (HttpHeader header : request.getHeaders().all()) {
      if (!(jsonBody && header.key().equalsIgnoreCase("Content-Type"))) {
        builder.withHeader(header.key(), new ArrayList<>(header.values()));
      }
    }
    if (jsonBody) {
      builder.withHeader("Content-Type", "application/json");
    }
    Urls.splitQueryFromUrl(request.getUrl())
        .forEach((name, parameter) -> builder.withQueryParam(name, parameter.values()));
    if (body.text() != null) {
      builder.withBody(new ParsedJsonBody(body.text(), body.json()));
    }
    return builder.build();
  }

  /** A body already read: the validator takes its tree as is. */
  private record ParsedJsonBody(String text, JsonNode json) implements Body {
    @Override
    public boolean hasBody() {
      return !text.isEmpty();
    }

    @Override
    public JsonNode toJsonNode() {
      return json;
    }

    @Override
    public String toString(Charset encoding) {
      return text;
    }
  }


  private static String reason(int status) {
    String reason = HttpStatus.getMessage(status);
    return reason == null ? "HTTP " + status : reason;
  }
}
