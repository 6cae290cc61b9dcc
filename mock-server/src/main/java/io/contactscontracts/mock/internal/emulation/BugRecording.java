package io.contactscontracts.mock.internal.emulation;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Records and logs the bug an answer carries, so that tests using the mock fail on it (the JUnit extension). */
final class BugRecording implements AnswerListener {
  private static final Logger LOG = LoggerFactory.getLogger(BugRecording.class);

  private final String service;
  private final ResponseValidationLog bugs;

  BugRecording(String service, ResponseValidationLog bugs) {
    this.service = service;
    this.bugs = bugs;
  }

  @Override
  public void answered(Answer answer) {
    if (answer.bug() != null) {
      bugs.record(answer.bug());
      LOG.error("MOCK BUG: the mock's own response does not match the {} spec. {}", service, answer.bug());
    }
  }
}
