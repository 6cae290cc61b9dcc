package io.contactscontracts.specs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every guess in the specs is marked {@code x-inferred} with its reason; the docs' list of guesses is
 * generated from those marks, so it can neither miss one nor keep one the specs dropped.
 */
class InferredListTest {
  static final String START = "<!-- x-inferred list: generated from the specs, do not edit by hand -->";
  static final String END = "<!-- end of x-inferred list -->";
  static final String UPDATE_COMMAND = "./mvnw -pl specs verify -Dinferred.update=true";

  private static final YAMLMapper YAML = new YAMLMapper();

  @Test
  void everyGuessInTheSpecsIsListedInTheDocs() throws IOException {
    Path page = Path.of(System.getProperty("inferred.page", "../docs/documented-vs-inferred.md"));
    String generated = list();
    String text = Files.readString(page, StandardCharsets.UTF_8);
    int start = text.indexOf(START);
    int end = text.indexOf(END);
    assertThat(start).as(page + " has the markers of the generated list").isNotNegative();
    assertThat(end).as(page + " has the end marker of the generated list").isGreaterThan(start);
    String current = text.substring(start + START.length(), end);
    if (Boolean.getBoolean("inferred.update")) {
      Files.writeString(page, text.substring(0, start + START.length()) + generated + text.substring(end),
          StandardCharsets.UTF_8);
      return;
    }
    assertThat(current).as("The list of guesses in " + page + " is out of date with the specs' x-inferred marks; "
        + "regenerate it with\n  " + UPDATE_COMMAND + "\n").isEqualTo(generated);
  }

  @Test
  void theListNamesEachGuessByItsPlaceInTheSpec() throws IOException {
    String list = list();
    assertThat(list).contains("| `/x-emulation/errorStyle` |", "| `/components/securitySchemes/ApiKeyAuth` |");
    long marks = 0;
    for (ApiSpec spec : ApiSpec.values()) {
      marks += spec.yaml().lines().filter(line -> line.trim().startsWith("x-inferred:")).count();
    }
    assertThat(list.lines().filter(line -> line.startsWith("| `/")).count()).as("one row per x-inferred").isEqualTo(marks);
  }

  /** The generated Markdown: per service, a table of where each guess is and why. */
  static String list() throws IOException {
    StringBuilder out = new StringBuilder("\n");
    for (ApiSpec spec : ApiSpec.values()) {
      List<String[]> rows = new ArrayList<>();
      collect(YAML.readTree(spec.yaml()), "", rows);
      out.append("\n### ").append(spec.serviceName()).append(" (`").append(spec.classpathLocation())
          .append("`, ").append(rows.size()).append(" guesses)\n\n| where | why it is a guess |\n|---|---|\n");
      rows.forEach(row -> out.append("| `").append(row[0]).append("` | ").append(row[1]).append(" |\n"));
    }
    return out.append("\n").toString();
  }

  private static void collect(JsonNode node, String pointer, List<String[]> rows) {
    if (node.isObject()) {
      JsonNode reason = node.get("x-inferred");
      if (reason != null) {
        rows.add(new String[] {pointer.isEmpty() ? "/" : pointer,
            reason.asText().replace("|", "\\|").replaceAll("\\s+", " ").trim()});
      }
      Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> field = fields.next();
        if (!field.getKey().equals("x-inferred")) {
          collect(field.getValue(), pointer + "/" + field.getKey().replace("~", "~0").replace("/", "~1"), rows);
        }
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        collect(node.get(i), pointer + "/" + i, rows);
      }
    }
  }
}
