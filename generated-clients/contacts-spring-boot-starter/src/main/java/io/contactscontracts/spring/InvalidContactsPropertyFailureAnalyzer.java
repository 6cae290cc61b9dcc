package io.contactscontracts.spring;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a refused {@code contacts.*} property into Spring Boot's start-up failure report. */
public final class InvalidContactsPropertyFailureAnalyzer extends AbstractFailureAnalyzer<InvalidContactsPropertyException> {

  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, InvalidContactsPropertyException cause) {
    return new FailureAnalysis(cause.getMessage(),
        "Correct " + cause.property() + " in the application's configuration, or remove it to use the default.",
        cause);
  }
}
