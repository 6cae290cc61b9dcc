package io.contactscontracts.mock.pactcheck;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** The outcome of a {@link PactCheck}: one result per pact file, as text for people or JUnit XML for CI. */
public final class PactCheckReport {
  /** Every interaction of every file passed. */
  public static final int PASSED = 0;
  /** Some interaction is not what the spec allows, or the emulation does not answer what the pact expects. */
  public static final int CONTRACT_PROBLEMS = 1;
  /** Some file could not be checked: not JSON, not a pact, an unknown provider or an unsupported version. */
  public static final int UNREADABLE_INPUT = 2;

  private final List<PactFileResult> files;

  PactCheckReport(List<PactFileResult> files) {
    this.files = List.copyOf(files);
  }

  public List<PactFileResult> files() {
    return files;
  }

  public boolean passed() {
    return !files.isEmpty() && files.stream().allMatch(PactFileResult::passed);
  }

  /** {@link #UNREADABLE_INPUT} if any file could not be checked, else {@link #CONTRACT_PROBLEMS} or {@link #PASSED}. */
  public int exitCode() {
    if (files.isEmpty() || files.stream().anyMatch(f -> f.unreadable().isPresent())) {
      return UNREADABLE_INPUT;
    }
    return passed() ? PASSED : CONTRACT_PROBLEMS;
  }

  /** The report a person reads: per file, per interaction, each problem with where it is and what the spec says. */
  public String text() {
    StringBuilder out = new StringBuilder();
    int interactions = 0;
    int failed = 0;
    for (PactFileResult file : files) {
      if (file.unreadable().isPresent()) {
        out.append("UNREADABLE ").append(file.file()).append(": ").append(file.unreadable().get()).append('\n');
        continue;
      }
      out.append(file.passed() ? "PASSED " : "FAILED ").append(file.file())
          .append("  (consumer '").append(file.consumer()).append("', provider '").append(file.provider())
          .append("', pact specification ").append(file.specVersion()).append(")\n");
      for (InteractionResult interaction : file.interactions()) {
        interactions++;
        out.append("  ").append(interaction.passed() ? "ok     " : "FAILED ").append(interaction.location())
            .append(" '").append(interaction.description()).append("'\n");
        if (!interaction.passed()) {
          failed++;
          for (Problem problem : interaction.problems()) {
            out.append("         ").append(problem.toString().replace("\n", "\n         ")).append('\n');
          }
        }
      }
    }
    long unreadable = files.stream().filter(f -> f.unreadable().isPresent()).count();
    out.append(files.size()).append(files.size() == 1 ? " pact file, " : " pact files, ")
        .append(interactions).append(interactions == 1 ? " interaction: " : " interactions: ").append(failed).append(" failed");
    if (unreadable > 0) {
      out.append(", ").append(unreadable).append(unreadable == 1 ? " file" : " files").append(" unreadable");
    }
    out.append(" (exit code ").append(exitCode()).append(")\n");
    return out.toString();
  }

  /** Writes the report as JUnit XML (a test suite per file, a test case per interaction) for CI servers. */
  public void writeJUnitXml(Path file) throws IOException {
    JUnitXml.write(this, file);
  }

  @Override
  public String toString() {
    return text();
  }
}
