package io.contactscontracts.mock.internal.openapi;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.contactscontracts.specs.SpecFacts;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A spec as the mock emulates it: where it came from, its parsed model, the facts every stage shares and the
 * behaviour its {@code x-emulation} extension declares. Loading checks all of it, so an unusable spec is
 * refused before anything listens.
 *
 * @param source the file or classpath location, named in every message about the spec
 * @param yaml the spec's text, as served to the dashboard and tools
 */
public record EmulatedSpec(String source, String yaml, SpecModel model, SpecFacts facts, DeclaredRules rules) {
  private static final YAMLMapper YAML = new YAMLMapper();

  /**
   * Reads and checks a spec.
   *
   * @throws InvalidSpecException saying what is wrong, where, and what is allowed
   */
  public static EmulatedSpec load(String source, String yaml) {
    JsonNode tree;
    try {
      tree = YAML.readTree(yaml);
    } catch (JsonProcessingException e) {
      throw new InvalidSpecException(source + " is not valid YAML: " + e.getOriginalMessage());
    }
    SpecFacts facts;
    try {
      facts = SpecFacts.of(source, tree);
    } catch (IllegalArgumentException e) {
      throw new InvalidSpecException(e.getMessage());
    }
    if (facts.keyPrefixes().isEmpty()) {
      throw new InvalidSpecException(source + ": the API-key security scheme declares no " + SpecFacts.KEY_PREFIXES_EXTENSION
          + "; list the prefixes a key starts with, e.g. " + SpecFacts.KEY_PREFIXES_EXTENSION + ": [key_live_]");
    }
    SpecModel model = SpecModel.parse(source, yaml, facts.basePath());
    DeclaredRules rules = DeclaredRulesReader.read(source, tree, model, facts);
    return new EmulatedSpec(source, yaml, model, facts, rules);
  }

  /** Reads and checks a spec file. */
  public static EmulatedSpec load(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new InvalidSpecException(file + " does not exist or is not a file");
    }
    try {
      return load(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + file, e);
    }
  }
}
