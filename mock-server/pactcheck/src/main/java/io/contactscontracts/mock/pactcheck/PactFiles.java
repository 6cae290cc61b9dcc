package io.contactscontracts.mock.pactcheck;

import au.com.dius.pact.core.model.DefaultPactReader;
import au.com.dius.pact.core.model.FileSource;
import au.com.dius.pact.core.model.Pact;
import au.com.dius.pact.core.support.json.JsonParser;
import au.com.dius.pact.core.support.json.JsonValue;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.contactscontracts.specs.ApiSpec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/**
 * Reads a pact file, or says what is wrong with it and what was expected instead. Pact JVM's reader decides
 * where the specification version is ({@link DefaultPactReader#determineSpecVersion}) and reads the pact;
 * Jackson reads the JSON first because its errors name the line and column.
 */
final class PactFiles {
  /** Pact specification major versions whose HTTP interactions Pact JVM reads. */
  private static final Set<Integer> SUPPORTED_MAJOR_VERSIONS = Set.of(2, 3, 4);
  private static final String EXPECTED =
      "expected a pact file: a JSON object with consumer, provider and interactions, as Pact JVM, pact-js and pact-python write them";

  private static final ObjectMapper JSON = new ObjectMapper();

  private PactFiles() {}

  /** A pact that was read, with the service its provider is. */
  record Loaded(Pact pact, ApiSpec service, String consumer, String provider, String specVersion) {
    boolean isV4() {
      return specVersion.startsWith("4");
    }
  }

  /** Either the pact, or an {@link UnreadablePact} saying why not. */
  static Loaded read(Path file, ProviderNames providers) throws UnreadablePact {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UnreadablePact("cannot read the file (" + e + ")");
    }
    JsonNode json;
    try {
      json = JSON.readTree(text);
    } catch (JsonProcessingException e) {
      String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
      // Jackson's message names its (hidden) source; the file name is in the report already
      String reason = e.getOriginalMessage().replaceAll("\\[Source: .*?; line:", "[line:");
      throw new UnreadablePact("is not valid JSON" + where + ": " + reason + "; " + EXPECTED);
    }
    if (json == null || !json.isObject()) {
      throw new UnreadablePact("is not a JSON object; " + EXPECTED);
    }
    String provider = json.path("provider").path("name").asText("");
    if (provider.isBlank()) {
      throw new UnreadablePact("has no provider.name; " + EXPECTED);
    }
    String consumer = json.path("consumer").path("name").asText("");
    JsonValue.Object pactJson;
    try {
      pactJson = (JsonValue.Object) JsonParser.parseString(text);
    } catch (Exception e) {
      throw new UnreadablePact("cannot be read by Pact JVM's JSON parser (" + e.getMessage() + "); " + EXPECTED);
    }
    String version = DefaultPactReader.determineSpecVersion(pactJson);
    if (!SUPPORTED_MAJOR_VERSIONS.contains(majorVersion(version))) {
      throw new UnreadablePact("uses pact specification version '" + version + "' (metadata.pactSpecification.version);"
          + " expected 2.0.0, 3.0.0 or 4.0, the versions whose HTTP interactions check-pact reads");
    }
    ApiSpec service = providers.service(provider).orElseThrow(() -> new UnreadablePact(
        "has provider '" + provider + "', which is neither of the services check-pact knows (" + ProviderNames.known()
            + ", in any case); if it is one of them under another name, add --provider-alias '" + provider + "=kejue' (or =recepta)"));
    if (!json.path("interactions").isArray()) {
      throw new UnreadablePact("has no interactions array" + (json.has("messages") ? " (it is a message pact)" : "")
          + "; expected HTTP request/response interactions");
    }
    Pact pact;
    try {
      pact = DefaultPactReader.INSTANCE.pactFromJson(pactJson, new FileSource(file.toFile()));
    } catch (RuntimeException e) {
      throw new UnreadablePact("cannot be read by Pact JVM (" + e.getMessage() + "); " + EXPECTED);
    }
    return new Loaded(pact, service, consumer, provider, version);
  }

  private static int majorVersion(String version) {
    try {
      return Integer.parseInt(version.trim().split("\\.")[0]);
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  /** Why a file cannot be checked, in words that say what was expected. */
  static final class UnreadablePact extends Exception {
    UnreadablePact(String message) {
      super(message);
    }
  }
}
