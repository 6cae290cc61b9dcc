package io.contactscontracts.mock.internal.dashboard;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The spec a port emulates, as the API reference shows it: the same document, with {@code servers}
 * replaced by this mock (the spec's base path on the page's own origin), so "try it out" calls the
 * emulation and never the real service.
 */
final class SpecDocument {
  private final byte[] json;

  SpecDocument(String yaml, String basePath, String displayName) {
    try {
      JsonNode tree = new YAMLMapper().readTree(yaml);
      if (tree instanceof ObjectNode) {
        ((ObjectNode) tree).putArray("servers").addObject().put("url", basePath)
            .put("description", displayName + " emulated by this mock server");
      }
      this.json = new ObjectMapper().writeValueAsBytes(tree);
    } catch (IOException e) {
      throw new UncheckedIOException("The " + displayName + " spec is not readable YAML", e);
    }
  }

  byte[] json() {
    return json.clone();
  }
}
