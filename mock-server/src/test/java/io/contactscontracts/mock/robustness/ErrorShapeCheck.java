package io.contactscontracts.mock.robustness;

import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import io.contactscontracts.mock.robustness.SpecFacts.JsonOperation;
import io.contactscontracts.mock.robustness.Wire.Answer;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Checks that an answer is the service's error, as its spec declares it. A status the operation declares is
 * validated against that declared response (schema and content type). Statuses the spec does not describe
 * (404, 405, and the 400/414/431 the HTTP layer answers) must still use the service's plain error shape,
 * which the spec declares for 401, so the body is validated against that.
 */
final class ErrorShapeCheck {
  private static final int PLAIN_ERROR_STATUS = 401;

  private final SpecFacts spec;

  ErrorShapeCheck(SpecFacts spec) {
    this.spec = spec;
  }

  /** What is wrong with the answer to {@code request}, or empty if it is the expected error. */
  Optional<String> problem(BadRequest request, Answer answer) {
    if (!request.expected().contains(answer.status())) {
      return Optional.of("answered " + answer.status() + " instead of " + request.expected() + ": "
          + abbreviate(answer.text()));
    }
    if (request.method().equals("HEAD")) {
      return answer.body().length == 0 ? Optional.empty() : Optional.of("HEAD answer has a body");
    }
    String path = request.path().contains("?") ? request.path().substring(0, request.path().indexOf('?')) : request.path();
    Optional<JsonOperation> declaring = spec.operations.stream()
        .filter(op -> op.path.equals(path) && op.method.equals(request.method())
            && op.declared.contains(answer.status()))
        .findFirst();
    JsonOperation operation = declaring.orElse(spec.operations.get(0));
    int status = declaring.isPresent() ? answer.status() : PLAIN_ERROR_STATUS;
    SimpleResponse.Builder response = SimpleResponse.Builder.status(status).withBody(answer.text());
    answer.headers().forEach((name, values) -> response.withHeader(name, values));
    ValidationReport report = spec.validator.validateResponse(operation.path,
        Request.Method.valueOf(operation.method.toUpperCase(Locale.ROOT)), response.build());
    if (report.hasErrors()) {
      return Optional.of("is not " + spec.service.displayName() + "'s " + (declaring.isPresent()
          ? "declared " + status + " answer" : "error shape") + ": "
          + report.getMessages().stream().map(m -> m.getKey() + " " + m.getMessage()).collect(Collectors.joining("; "))
          + " -- body: " + abbreviate(answer.text()));
    }
    return Optional.empty();
  }

  private static String abbreviate(String text) {
    return text.length() <= 300 ? text : text.substring(0, 300) + "…";
  }
}
