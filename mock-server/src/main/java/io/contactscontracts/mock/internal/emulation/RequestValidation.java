package io.contactscontracts.mock.internal.emulation;

import io.contactscontracts.mock.internal.validation.Violation;
import io.contactscontracts.mock.internal.validation.OperationValidators;
import io.contactscontracts.mock.internal.validation.RequestValidator;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.common.Urls;
import com.github.tomakehurst.wiremock.http.QueryParameter;
import io.swagger.v3.oas.models.Operation;
import java.util.List;
import java.util.Map;

/**
 * Step 5: the request against the spec (parameters, headers, body schema), as service-neutral violations, by the
 * operation's validator, prepared at start-up.
 */
final class RequestValidation {
  private final OperationValidators validators;

  RequestValidation(OperationValidators validators) {
    this.validators = validators;
  }

  /**
   * The request's violations, most fundamental first; empty when it is valid.
   *
   * @param body the body as {@link JsonBodyReader} read it: the validator checks the very tree the mock then
   *     stores instead of parsing the text again
   */
  List<Violation> check(IncomingRequest request, String path, Operation operation, JsonBodyReader.Read body) {
    return validators.request(operation).validate(new Input(request, path, body.json()));
  }

  /** The parts of a request the validator asks for; the query is split only if it is asked for. */
  private static final class Input implements RequestValidator.Input {
    private final IncomingRequest request;
    private final String path;
    private final JsonNode body;
    private Map<String, QueryParameter> query;

    Input(IncomingRequest request, String path, JsonNode body) {
      this.request = request;
      this.path = path;
      this.body = body;
    }

    @Override
    public String path() {
      return path;
    }

    @Override
    public List<String> query(String name) {
      if (query == null) {
        query = Urls.splitQueryFromUrl(request.url());
      }
      QueryParameter parameter = query.get(name);
      return parameter == null || !parameter.isPresent() ? List.of() : parameter.values();
    }

    @Override
    public List<String> header(String name) {
      return request.header(name);
    }

    @Override
    public JsonNode body() {
      return body;
    }
  }
}
