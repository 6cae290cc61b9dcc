package io.contactscontracts.mock.internal.emulation;

import com.atlassian.oai.validator.model.ApiOperation;
import com.atlassian.oai.validator.model.ApiOperationMatch;
import com.atlassian.oai.validator.model.Request.Method;
import io.contactscontracts.mock.internal.openapi.SpecModel;
import java.util.List;
import java.util.Locale;

/** Step 1: the operation a request is for, or the service's 404 or 405 (with Allow). */
final class Routing {
  private final SpecModel spec;
  private final ErrorShape errors;

  Routing(SpecModel spec, ErrorShape errors) {
    this.spec = spec;
    this.errors = errors;
  }

  /** The operation, or the refusal when there is none. */
  record Route(ApiOperation operation, Reply refusal) {}

  Route route(String path, Method method) {
    ApiOperationMatch match = method == null ? null : spec.find(path, method);
    if (match != null && match.isOperationAllowed()) {
      return new Route(match.getApiOperation(), null);
    }
    List<String> allowed = spec.allowedMethods(path);
    if (allowed.isEmpty()) {
      // x-inferred: what either service answers for a path it does not serve
      return new Route(null, Reply.unspecified(404, errors.message("Not Found")));
    }
    return new Route(null, Reply.unspecified(405, errors.message("Method Not Allowed"))
        .header("Allow", String.join(", ", allowed)));
  }

  static Method methodOf(String name) {
    try {
      return Method.valueOf(name.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
