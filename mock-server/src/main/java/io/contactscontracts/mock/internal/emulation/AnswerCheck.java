package io.contactscontracts.mock.internal.emulation;

import com.atlassian.oai.validator.model.Request.Method;
import com.atlassian.oai.validator.model.ApiOperationMatch;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.contactscontracts.mock.internal.openapi.SpecModel;
import io.contactscontracts.mock.internal.validation.OperationValidators;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Step 7: the mock's own answer against the spec before it is sent. A mismatch is a bug of the mock: it is
 * recorded (the JUnit extension fails the test), logged, and answered 500 instead, so nothing the spec does
 * not allow ever reaches a client.
 */
final class AnswerCheck {
  private static final Logger LOG = LoggerFactory.getLogger(AnswerCheck.class);
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final SpecModel spec;
  private final OperationValidators validators;
  private final String service;
  private final ResponseValidationLog bugs;

  AnswerCheck(SpecModel spec, OperationValidators validators, String service, ResponseValidationLog bugs) {
    this.spec = spec;
    this.validators = validators;
    this.service = service;
    this.bugs = bugs;
  }

  /** The reply itself if the spec allows it, else the mock's 500. */
  Reply check(String path, Method method, Reply reply) {
    ApiOperationMatch match = spec.find(path, method);
    List<String> problems = !match.isOperationAllowed()
        ? List.of("validation.response.operation.unknown: no operation of the spec answers " + method + " " + path)
        : validators.response(match.getApiOperation().getOperation())
            .validate(reply.status, name -> header(reply, name), reply.json);
    if (problems.isEmpty()) {
      return reply;
    }
    String description = service + " " + method + " " + path + " -> " + reply.status
        + " broke the spec: " + problems + "; body: " + reply.body;
    bugs.record(description);
    LOG.error("MOCK BUG: the mock's own response does not match the {} spec. {}", service, description);
    ObjectNode body = NODES.objectNode()
        .put("mock_error", "contacts-mock-server bug: its " + service
            + " response did not match the spec, so it was not sent. Please report this with the server log.");
    problems.forEach(body.putArray("violations")::add);
    return Reply.unspecified(500, body).header(Reply.MOCK_ERROR_HEADER, "response-validation");
  }

  private static List<String> header(Reply reply, String name) {
    return reply.headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
        .map(Map.Entry::getValue).toList();
  }
}
