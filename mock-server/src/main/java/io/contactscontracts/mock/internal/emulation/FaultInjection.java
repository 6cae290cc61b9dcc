package io.contactscontracts.mock.internal.emulation;

import com.github.tomakehurst.wiremock.http.Fault;
import io.contactscontracts.mock.internal.openapi.SpecModel;
import io.swagger.v3.oas.models.Operation;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;
import java.util.stream.Collectors;

/**
 * Step 2: faults a test asks for, through {@code Prefer} (a status the operation declares, a connection
 * fault) or the run-wide fault rate. A status the operation does not declare is refused with the list of
 * declared ones: answering another status instead would make a test pass for the wrong reason.
 */
final class FaultInjection {
  /** Outcomes a run-wide fault rate picks from, where the operation declares them. */
  private static final List<Integer> RANDOM_FAULT_CODES = List.of(429, 500, 503);

  private final SpecModel spec;
  private final Answers answers;
  private final double faultRate;
  private final Random random = new Random();

  FaultInjection(SpecModel spec, Answers answers, double faultRate) {
    this.spec = spec;
    this.answers = answers;
    this.faultRate = faultRate;
  }

  /** What the request gets instead of its real answer, if anything. */
  Optional<Reply> instead(Operation operation, Preferences preferences) {
    if (preferences.fault().isPresent()) {
      return Optional.of(Reply.fault(preferences.fault().get()));
    }
    OptionalInt code = preferences.code();
    if (code.isPresent()) {
      List<Integer> declared = spec.declaredStatuses(operation);
      if (!declared.contains(code.getAsInt())) {
        return Optional.of(Answers.usageError("Prefer: code=" + code.getAsInt() + " is not a status "
            + operation.getOperationId() + " declares; send one of " + declared.stream().map(String::valueOf)
            .collect(Collectors.joining(", ")) + " (or add the response to the spec)"));
      }
      return isSuccess(code.getAsInt()) ? Optional.empty()
          : Optional.of(answers.forced(operation, code.getAsInt(), preferences));
    }
    if (faultRate > 0 && random.nextDouble() < faultRate) {
      List<Integer> codes = RANDOM_FAULT_CODES.stream().filter(c -> spec.declaredResponse(operation, c).isPresent())
          .collect(Collectors.toList());
      int pick = random.nextInt(codes.size() + 1);
      return Optional.of(pick == codes.size() ? Reply.fault(Fault.CONNECTION_RESET_BY_PEER)
          : answers.forced(operation, codes.get(pick), preferences));
    }
    return Optional.empty();
  }

  /** The declared success status asked for, if any; the answer is then built as usual with that status. */
  static OptionalInt successStatus(Preferences preferences) {
    OptionalInt code = preferences.code();
    return code.isPresent() && isSuccess(code.getAsInt()) ? code : OptionalInt.empty();
  }

  private static boolean isSuccess(int status) {
    return status >= 200 && status < 300;
  }
}
