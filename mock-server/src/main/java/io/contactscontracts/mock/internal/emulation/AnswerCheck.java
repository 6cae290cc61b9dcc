package io.contactscontracts.mock.internal.emulation;

import com.atlassian.oai.validator.model.Request.Method;
import com.atlassian.oai.validator.model.ApiOperationMatch;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.contactscontracts.mock.internal.openapi.SpecModel;
import io.contactscontracts.mock.internal.validation.OperationValidators;
import java.util.List;
import java.util.Map;

/**
 * Step 7: the mock's own answer against the spec before it is sent. A mismatch is a bug of the mock: it is
 * answered 500 instead, so nothing the spec does not allow ever reaches a client, and described for
 * {@link BugRecording} (the JUnit extension fails the test).
 */
final class AnswerCheck {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final SpecModel spec;
  private final OperationValidators validators;
  private final String service;

  AnswerCheck(SpecModel spec, OperationValidators validators, String service) {
    this.spec = spec;
    this.validators = validators;
    this.service = service;
  }

  /** The reply as checked: itself if the spec allows it, else the mock's 500 and what it got wrong. */
  record Checked(Reply reply, String bug) {}

  /** The reply itself if the spec allows it, else the mock's 500 with the bug described (recorded by its listener). */
  Checked check(String path, Method method, Reply reply) {
    ApiOperationMatch match = spec.find(path, method);
    List<String> problems = !match.isOperationAllowed()
        ? List.of("validation.response.operation.unknown: no operation of the spec answers " + method + " " + path)
        : validators.response(match.getApiOperation().getOperation())
            .validate(reply.status, name -> header(reply, name), reply.json);
    if (problems.isEmpty()) {
      return new Checked(reply, null);
    }
    String description = service + " " + method + " " + path + " -> " + reply.status
        + " broke the spec: " + problems + "; body: " + reply.body;
    ObjectNode body = NODES.objectNode()
        .put("mock_error", "contacts-mock-server bug: its " + service
            + " response did not match the spec, so it was not sent. Please report this with the server log.");
    problems.forEach(body.putArray("violations")::add);
    return new Checked(Reply.unspecified(500, body).header(Reply.MOCK_ERROR_HEADER, "response-validation"), description);
  }

  private static List<String> header(Reply reply, String name) {
    return reply.headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
        .map(Map.Entry::getValue).toList();
  }
}
