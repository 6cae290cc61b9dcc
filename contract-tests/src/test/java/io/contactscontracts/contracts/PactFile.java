package io.contactscontracts.contracts;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/** A pact file as editable JSON, for tests that need a pact with one deliberate change. */
public final class PactFile {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final ObjectNode json;

  private PactFile(ObjectNode json) {
    this.json = json;
  }

  public static PactFile read(Path file) {
    try {
      return new PactFile((ObjectNode) JSON.readTree(file.toFile()));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read pact " + file, e);
    }
  }

  public ObjectNode json() {
    return json;
  }

  /** The interaction with this description. */
  public ObjectNode interaction(String description) {
    for (var interaction : json.withArray("interactions")) {
      if (description.equals(interaction.path("description").asText())) {
        return (ObjectNode) interaction;
      }
    }
    throw new IllegalArgumentException("No interaction '" + description + "' in this pact");
  }

  /** The body content of the interaction's request or response ({@code part}). */
  public ObjectNode body(String description, String part) {
    return (ObjectNode) interaction(description).at("/" + part + "/body/content");
  }

  public Path write(Path file) {
    try {
      JSON.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), json);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write pact " + file, e);
    }
  }
}
