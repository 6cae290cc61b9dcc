package io.contactscontracts.mock.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackages;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The mock server's layering, top to bottom: the public API ({@code ContactsMockServer}, {@code junit},
 * {@code cli}, {@code pactcheck}), then {@code internal.wiring}, then the HTTP-facing parts ({@code http},
 * {@code admin}, {@code dashboard}), then {@code emulation}, then what it builds on ({@code journal},
 * {@code state}, {@code validation}) and at the bottom {@code openapi}. Nothing imports upwards, and the
 * internal packages form no cycle. {@code openapi} and {@code validation} are a module of their own
 * (contacts-spec-model), and so is {@code pactcheck} (contacts-pactcheck), which this module ships; the rules
 * see their classes on the class path.
 */
class ArchitectureTest {
  private static final String ROOT = "io.contactscontracts.mock";
  private static JavaClasses classes;

  @BeforeAll
  static void importMainClasses() {
    classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages(ROOT);
  }

  @Test
  void theInternalPackagesFormNoCycle() {
    slices().matching(ROOT + ".internal.(*)..").should().beFreeOfCycles().check(classes);
  }

  @Test
  void nothingInternalUsesThePublicApi() {
    noClasses().that().resideInAPackage(ROOT + ".internal..")
        .should().dependOnClassesThat().resideInAnyPackage(ROOT, ROOT + ".junit..", ROOT + ".cli..", ROOT + ".pactcheck..")
        .check(classes);
  }

  @Test
  void onlyThePublicApiUsesTheWiring() {
    noClasses().that().resideInAPackage(ROOT + ".internal..").and().resideOutsideOfPackage(ROOT + ".internal.wiring..")
        .should().dependOnClassesThat().resideInAPackage(ROOT + ".internal.wiring..")
        .check(classes);
  }

  @Test
  void theEmulationKnowsNothingOfHttpAdminOrDashboard() {
    noClasses().that().resideInAPackage(ROOT + ".internal.emulation..")
        .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".internal.http..", ROOT + ".internal.admin..",
            ROOT + ".internal.dashboard..", ROOT + ".internal.wiring..")
        .check(classes);
  }

  @Test
  void theFoundationsKnowNothingOfTheEmulation() {
    noClasses().that().resideInAnyPackage(ROOT + ".internal.journal..", ROOT + ".internal.state..",
            ROOT + ".internal.validation..", ROOT + ".internal.openapi..")
        .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".internal.emulation..", ROOT + ".internal.http..",
            ROOT + ".internal.admin..", ROOT + ".internal.dashboard..", ROOT + ".internal.wiring..")
        .check(classes);
  }

  /** check-pact judges pacts with the mock's own spec model and validators, and reaches the emulation over HTTP only. */
  @Test
  void checkPactUsesOnlyTheSpecModelAndValidators() {
    noClasses().that().resideInAPackage(ROOT + ".pactcheck..")
        .should().dependOnClassesThat(resideInAPackage(ROOT + "..").and(resideOutsideOfPackages(ROOT + ".pactcheck..",
            ROOT + ".internal.openapi..", ROOT + ".internal.validation..")))
        .check(classes);
  }

  @Test
  void theSpecModelOwnsNoValidation() {
    noClasses().that().resideInAPackage(ROOT + ".internal.openapi..")
        .should().dependOnClassesThat().resideInAPackage(ROOT + ".internal.validation..")
        .check(classes);
  }
}
