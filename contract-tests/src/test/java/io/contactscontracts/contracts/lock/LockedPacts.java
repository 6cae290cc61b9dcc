package io.contactscontracts.contracts.lock;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The committed pacts ({@code contract-tests/pacts/}) against the ones the consumer tests just wrote
 * ({@code target/pacts/}): compared by meaning ({@link PactJson}), or overwritten on request.
 */
public final class LockedPacts {

  /** The one command that accepts changed consumer expectations; every failure message repeats it. */
  public static final String UPDATE_COMMAND = "./mvnw -pl contract-tests -am verify -Dpact.update=true";

  private final Path generated;
  private final Path locked;

  public LockedPacts(Path generated, Path locked) {
    this.generated = generated;
    this.locked = locked;
  }

  /** Every difference between the two directories; empty when the contracts are the same. */
  public List<String> differences() {
    Set<String> generatedFiles = pactFiles(generated);
    Set<String> lockedFiles = pactFiles(locked);
    if (generatedFiles.isEmpty()) {
      throw new IllegalStateException("No pacts in " + generated + ": run the consumer tests first ("
          + "./mvnw -pl contract-tests -am verify)");
    }
    List<String> differences = new ArrayList<>();
    Set<String> all = new TreeSet<>(generatedFiles);
    all.addAll(lockedFiles);
    for (String file : all) {
      if (!lockedFiles.contains(file)) {
        differences.add(file + ": new pact, not committed yet");
      } else if (!generatedFiles.contains(file)) {
        differences.add(file + ": committed, but no consumer test writes it any more");
      } else {
        JsonDiff.between(PactJson.canonical(locked.resolve(file)), PactJson.canonical(generated.resolve(file)))
            .forEach(d -> differences.add(file + ": " + d));
      }
    }
    return differences;
  }

  /** Throws, listing every difference and {@link #UPDATE_COMMAND}, unless the pacts are the same. */
  public void assertUnchanged() {
    List<String> differences = differences();
    if (!differences.isEmpty()) {
      throw new AssertionError("The consumer tests now expect something else than the committed pacts in "
          + locked + ":\n  " + String.join("\n  ", differences)
          + "\nIf the change is intended, update the committed pacts with\n  " + UPDATE_COMMAND
          + "\nand commit contract-tests/pacts/ (the provider verification and spec check then run on the new"
          + " pacts).");
    }
  }

  /** Makes the committed pacts equal to the generated ones; returns the differences it resolved. */
  public List<String> update() {
    List<String> differences = differences();
    try {
      Files.createDirectories(locked);
      for (String stale : pactFiles(locked)) {
        if (!pactFiles(generated).contains(stale)) {
          Files.delete(locked.resolve(stale));
        }
      }
      for (String file : pactFiles(generated)) {
        Files.copy(generated.resolve(file), locked.resolve(file), StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot update the committed pacts in " + locked, e);
    }
    return differences;
  }

  private static Set<String> pactFiles(Path dir) {
    if (!Files.isDirectory(dir)) {
      return Set.of();
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString())
          .filter(name -> name.endsWith(".json"))
          .collect(Collectors.toCollection(TreeSet::new));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list " + dir, e);
    }
  }
}
