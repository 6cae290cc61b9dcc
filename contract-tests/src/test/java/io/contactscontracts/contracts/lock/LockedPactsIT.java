package io.contactscontracts.contracts.lock;

import static org.assertj.core.api.Assertions.assertThat;

import io.contactscontracts.contracts.PactDirectories;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs after the consumer tests: the pacts they wrote must equal the committed ones, so a changed
 * expectation cannot slip through unreviewed. With {@code -Dpact.update=true} it accepts them instead.
 */
class LockedPactsIT {

  private static final Logger LOG = LoggerFactory.getLogger(LockedPactsIT.class);

  private final LockedPacts pacts = new LockedPacts(PactDirectories.generated(), PactDirectories.locked());

  @Test
  void theCommittedPactsAreTheOnesTheConsumerTestsWrite() {
    if (Boolean.getBoolean("pact.update")) {
      List<String> accepted = pacts.update();
      if (accepted.isEmpty()) {
        LOG.info("pact.update=true: the committed pacts in {} were already up to date", PactDirectories.locked());
      } else {
        LOG.warn("pact.update=true: updated the committed pacts in {}; review and commit them:\n  {}",
            PactDirectories.locked(), String.join("\n  ", accepted));
      }
      assertThat(pacts.differences()).isEmpty();
    } else {
      pacts.assertUnchanged();
    }
  }
}
