package io.contactscontracts.mock.internal.validation;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * The request and response validators of every operation of a spec, made once at start-up (by identity:
 * swagger's Operation hashes its whole tree).
 */
public final class OperationValidators {
  private final Map<Operation, RequestValidator> requests = new IdentityHashMap<>();
  private final Map<Operation, ResponseValidator> responses = new IdentityHashMap<>();

  private OperationValidators(OpenAPI api, boolean strict) {
    if (api.getPaths() == null) {
      return;
    }
    api.getPaths().forEach((path, item) -> item.readOperations().forEach(operation -> {
      requests.put(operation, RequestValidator.of(path, operation, strict));
      responses.put(operation, ResponseValidator.of(operation, strict));
    }));
  }

  /**
   * The mock's own validators, which judge as the services do: a request member the spec does not declare is
   * ignored, a response member only a finding where the schema says {@code additionalProperties: false}.
   *
   * @param api the parsed spec with its schemas fully resolved (no {@code $ref} left)
   */
  public static OperationValidators of(OpenAPI api) {
    return new OperationValidators(api, false);
  }

  /**
   * Validators for checking what others wrote against the spec (check-pact): the same checks, except that a
   * member an object schema does not declare, in a request or a response, is a finding unless the schema
   * allows others ({@code additionalProperties}). An undeclared field there is a typo or an undocumented
   * assumption either way.
   */
  public static OperationValidators strict(OpenAPI api) {
    return new OperationValidators(api, true);
  }

  public RequestValidator request(Operation operation) {
    return find(requests, operation);
  }

  public ResponseValidator response(Operation operation) {
    return find(responses, operation);
  }

  private static <T> T find(Map<Operation, T> validators, Operation operation) {
    T validator = validators.get(operation);
    if (validator == null) {
      throw new IllegalArgumentException("Not an operation of this spec: " + operation.getOperationId());
    }
    return validator;
  }
}
