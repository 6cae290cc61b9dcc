package io.contactscontracts.mock.internal.emulation;

import io.contactscontracts.mock.internal.validation.Violation;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.contactscontracts.mock.internal.openapi.DeclaredRules;
import io.contactscontracts.mock.internal.openapi.SchemaSampler;
import io.contactscontracts.mock.internal.openapi.SpecModel;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.headers.Header;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.eclipse.jetty.http.HttpStatus;

/**
 * Step 6: what the service answers, each from the response the spec declares for its status: the success
 * body (built by {@link ResponseBodies}) with the contact it creates, errors in the service's shape, and
 * statuses asked for through {@code Prefer}.
 */
final class Answers {
  static final String RETRY_AFTER = "Retry-After";
  private static final int DEFAULT_RETRY_AFTER_SECONDS = 1;
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final SpecModel spec;
  private final ErrorShape errors;
  private final ResponseBodies bodies;

  Answers(SpecModel spec, DeclaredRules rules, ErrorShape errors) {
    this.spec = spec;
    this.errors = errors;
    this.bodies = new ResponseBodies(spec, rules);
  }

  ErrorShape errors() {
    return errors;
  }

  /**
   * The success answer and the contact it creates.
   *
   * @param status a declared 2xx status, or empty for the operation's first declared one
   */
  Outcome success(Operation operation, OptionalInt status, String apiKey, JsonNode request) {
    SpecModel.DeclaredResponse declared = status.isPresent()
        ? spec.declaredResponse(operation, status.getAsInt()).orElseThrow()
        : spec.successResponse(operation);
    ResponseBodies.Built built = bodies.build(operation, declared, request);
    Reply reply = Reply.json(declared.status(), declared.contentType().orElse("application/json"), built.body());
    return new Outcome(reply, built.resource() == null ? null : new Answer.Created(apiKey, built.resource()));
  }

  /** An error in the service's shape, with the headers the spec declares for it. */
  Reply error(Operation operation, int status, String message) {
    Optional<SpecModel.DeclaredResponse> declared = spec.declaredResponse(operation, status);
    Reply reply = Reply.json(status, declared.flatMap(SpecModel.DeclaredResponse::contentType)
        .orElse("application/json"), errors.message(message));
    declared.ifPresent(response -> addDeclaredHeaders(reply, response, Preferences.NONE));
    return reply;
  }

  /** The service's request-validation failure. */
  Reply invalid(List<Violation> violations, JsonNode body) {
    return Reply.json(errors.validationStatus(), "application/json", errors.validation(violations, body));
  }

  /** A declared error status asked for through {@code Prefer}: the spec's example body, or a message in the service's shape. */
  Reply forced(Operation operation, int status, Preferences preferences) {
    SpecModel.DeclaredResponse declared = spec.declaredResponse(operation, status).orElseThrow();
    JsonNode body = declared.example().map(SchemaSampler::toJson).orElseGet(() -> errors.message(reason(status)));
    Reply reply = Reply.json(status, declared.contentType().orElse("application/json"), body);
    addDeclaredHeaders(reply, declared, preferences);
    return reply;
  }

  /** A request the mock cannot act on, e.g. an unusable {@code Prefer} value: not the service's answer. */
  static Reply usageError(String message) {
    return Reply.unspecified(400, NODES.objectNode().put("mock_error", message))
        .header(Reply.MOCK_ERROR_HEADER, "usage");
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

  static String reason(int status) {
    String reason = HttpStatus.getMessage(status);
    return reason == null ? "HTTP " + status : reason;
  }
}
