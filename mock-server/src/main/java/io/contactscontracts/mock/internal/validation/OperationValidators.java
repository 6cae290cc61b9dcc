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

  private OperationValidators(OpenAPI api) {
    if (api.getPaths() == null) {
      return;
    }
    api.getPaths().forEach((path, item) -> item.readOperations().forEach(operation -> {
      requests.put(operation, RequestValidator.of(path, operation));
      responses.put(operation, ResponseValidator.of(operation));
    }));
  }

  /** @param api the parsed spec with its schemas fully resolved (no {@code $ref} left) */
  public static OperationValidators of(OpenAPI api) {
    return new OperationValidators(api);
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
