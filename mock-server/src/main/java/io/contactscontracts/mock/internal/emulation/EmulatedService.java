package io.contactscontracts.mock.internal.emulation;

import io.contactscontracts.mock.internal.state.ApiKeys;
import io.contactscontracts.mock.internal.validation.OperationValidators;
import io.contactscontracts.mock.internal.validation.Violation;
import com.atlassian.oai.validator.model.Request.Method;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.github.tomakehurst.wiremock.common.Urls;
import io.contactscontracts.mock.internal.openapi.EmulatedSpec;
import io.contactscontracts.mock.internal.state.Workspaces;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Schema;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One emulated service: its spec, the behaviour the spec declares, and its workspaces. A request goes
 * through named steps: route, faults, key, read, validate, answer; the answer is then checked against the
 * spec and, only if it is sent as built, the contact it creates is stored.
 */
public final class EmulatedService {
  private static final Logger LOG = LoggerFactory.getLogger(EmulatedService.class);
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final String name;
  private final EmulatedSpec spec;
  private final Workspaces workspaces;
  private final EmulationSettings settings;
  private final ResponseValidationLog bugs;
  private final Routing routing;
  private final FaultInjection faults;
  private final KeyCheck keys;
  private final RequestValidation validation;
  private final Answers answers;
  private final AnswerCheck answerCheck;
  private final List<AnswerListener> listeners;

  public EmulatedService(String name, EmulatedSpec spec, Workspaces workspaces, EmulationSettings settings,
      ResponseValidationLog bugs) {
    this.name = name;
    this.spec = spec;
    this.workspaces = workspaces;
    this.settings = settings;
    this.bugs = bugs;
    ErrorShape errors = ErrorShape.of(spec.rules().errorStyle());
    this.routing = new Routing(spec.model(), errors);
    this.answers = new Answers(spec.model(), spec.rules(), errors);
    this.faults = new FaultInjection(spec.model(), answers, settings.faultRate());
    this.keys = new KeyCheck(spec.model(), spec.rules().keyPrefixes());
    // every schema compiled once, here, not per request
    OperationValidators validators = OperationValidators.of(spec.model().api());
    this.validation = new RequestValidation(validators);
    this.answerCheck = new AnswerCheck(spec.model(), validators, name);
    this.listeners = List.of(new ContactStoring(workspaces), new BugRecording(name, bugs));
  }

  /** The service's name, e.g. {@code Kejue}. */
  public String name() {
    return name;
  }

  public EmulatedSpec spec() {
    return spec;
  }

  public Workspaces workspaces() {
    return workspaces;
  }

  /**
   * Answers a request that reached the emulation: the answer is decided, then acted on (the contact it
   * creates stored, a bug of the mock recorded) before the caller sends it.
   */
  public Answer respond(IncomingRequest request) {
    return answered(answer(request));
  }

  private Answer answered(Answer answer) {
    for (AnswerListener listener : listeners) {
      listener.answered(answer);
    }
    return answer;
  }

  /** The answer to a request, decided; nothing is stored or recorded yet. */
  Answer answer(IncomingRequest request) {
    String path = Urls.getPath(request.url());
    Method method = Routing.methodOf(request.method());
    Preferences preferences;
    try {
      preferences = Preferences.parse(request.header(Preferences.HEADER));
    } catch (IllegalArgumentException e) {
      return Answer.of(Answers.usageError(e.getMessage()), settings.latencyMs());
    }
    Answer checked = checked(path, method, handle(request, path, method, preferences),
        settings.latencyMs() + preferences.delayMs());
    Reply sent = checked.reply();
    if (LOG.isDebugEnabled()) {
      Routing.Route route = routing.route(path, method);
      String key = route.operation() == null ? null
          : keys.sentKey(request, route.operation().getOperation()).orElse(null);
      LOG.debug("{} {} {} key={} -> {}", name, request.method(), path, ApiKeys.mask(key),
          sent.fault != null ? sent.fault : sent.status);
    }
    return checked;
  }

  private Outcome handle(IncomingRequest request, String path, Method method, Preferences preferences) {
    Routing.Route route = routing.route(path, method);                                          // 1. route
    if (route.refusal() != null) {
      return Outcome.answer(route.refusal());
    }
    Operation operation = route.operation().getOperation();
    Optional<Reply> fault = faults.instead(operation, preferences);                             // 2. faults
    if (fault.isPresent()) {
      return Outcome.answer(fault.get());
    }
    KeyCheck.Key key = keys.check(request, operation);                                          // 3. key
    if (key.refusal() != null) {
      return Outcome.answer(answers.error(operation, 401, key.refusal()));
    }
    byte[] body = request.body();                                                               // 4. read
    if (body.length > spec.rules().bodyLimitBytes()) {
      return Outcome.answer(answers.error(operation, 413, tooLargeMessage()));
    }
    Schema<?> requestSchema = spec.model().requestSchema(operation).orElse(null);
    JsonBodyReader.Read read = requestSchema != null
        ? JsonBodyReader.read(body, request.firstHeader("Content-Type"), spec.rules().jsonSuffixMediaTypes())
        : new JsonBodyReader.Read(null, null, null);
    if (read.problem() != null) {
      return Outcome.answer(answers.invalid(List.of(read.problem()), null));
    }
    List<Violation> violations = validation.check(request, path, operation, read);                 // 5. validate
    if (!violations.isEmpty()) {
      return Outcome.answer(answers.invalid(violations, read.json()));
    }
    OptionalInt status = FaultInjection.successStatus(preferences);                             // 6. answer
    return answers.success(operation, status, key.value(), read.json());
  }

  /**
   * 7. check the answer against the spec. Only a reply sent as built confirms the contact it creates: a
   * contact whose answer failed the check was never confirmed to the client, so it must not be stored either.
   */
  private Answer checked(String path, Method method, Outcome outcome, int delayMs) {
    Reply reply = outcome.reply();
    if (!(reply.specified && settings.validateResponses() && method != null)) {
      return new Answer(reply, delayMs, outcome.created(), null);
    }
    AnswerCheck.Checked checked = answerCheck.check(path, method, reply);
    return new Answer(checked.reply(), delayMs, checked.bug() == null ? outcome.created() : null, checked.bug());
  }

  /** The narrow view the HTTP layer gets, for answers it gives before the emulation runs. */
  public EarlyAnswers earlyAnswers() {
    return new EarlyAnswers() {
      @Override
      public int bodyLimitBytes() {
        return spec.rules().bodyLimitBytes();
      }

      @Override
      public Reply bodyTooLarge(String path, String methodName) {
        Method method = Routing.methodOf(methodName);
        Routing.Route route = routing.route(path, method);
        Reply reply = route.operation() != null ? answers.error(route.operation().getOperation(), 413, tooLargeMessage())
            : Reply.unspecified(413, answers.errors().message(tooLargeMessage()));
        return answered(checked(path, method, Outcome.answer(reply), 0)).reply();
      }

      @Override
      public Reply undecodableBody(String path, String methodName) {
        Method method = Routing.methodOf(methodName);
        Routing.Route route = routing.route(path, method);
        if (route.refusal() != null) {
          return route.refusal();
        }
        Violation problem = new Violation(Violation.Kind.MALFORMED_JSON, List.of("body", 0), null, "Undecodable body");
        return answered(checked(path, method, Outcome.answer(answers.invalid(List.of(problem), null)), 0)).reply();
      }

      @Override
      public Reply mockFailure(String request, Throwable failure) {
        return EmulatedService.this.mockFailure(request, failure);
      }

      @Override
      public JsonNode plainError(String message) {
        return answers.errors().message(message);
      }
    };
  }

  /** A JSON 500 that says the mock, not the request, failed; recorded so tests using the mock fail on it. */
  public Reply mockFailure(String request, Throwable failure) {
    LOG.error("MOCK BUG: the {} emulation failed on {}", name, request, failure);
    bugs.record(name + " " + request + " failed inside the mock: " + failure);
    return Reply.unspecified(500, NODES.objectNode()
            .put("mock_error", "contacts-mock-server bug: " + failure + ". Please report this with the server log."))
        .header(Reply.MOCK_ERROR_HEADER, "internal");
  }

  private String tooLargeMessage() {
    return "Request body too large: the limit is " + spec.rules().bodyLimitBytes() + " bytes";
  }
}
