package io.contactscontracts.mock.pactcheck;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** JSON pointers ({@code /tags/0}) as the dotted paths a reader finds in a pact file ({@code .tags[0]}). */
final class JsonPointers {
  private JsonPointers() {}

  static String toPath(String pointer) {
    StringBuilder path = new StringBuilder();
    for (String name : segments(pointer)) {
      if (name.matches("\\d+")) {
        path.append('[').append(name).append(']');
      } else if (name.matches("[A-Za-z_$][\\w$]*")) {
        path.append('.').append(name);
      } else {
        path.append("['").append(name.replace("'", "\\'")).append("']");
      }
    }
    return path.toString();
  }

  /** A Pact matcher path ({@code $.data.client.id}, {@code $['odd key']}) below a body location. */
  static String fromPactPath(String pactPath) {
    if (pactPath == null || pactPath.isEmpty() || pactPath.equals("$") || pactPath.equals("/")) {
      return "";
    }
    String path = pactPath.startsWith("$") ? pactPath.substring(1) : pactPath;
    return path.startsWith(".") || path.startsWith("[") ? path : "." + path;
  }

  /** {@code /tags/0} of {@code [tags, 0]}. */
  static String fromSegments(List<String> segments) {
    return segments.stream().map(s -> "/" + s.replace("~", "~0").replace("/", "~1")).collect(Collectors.joining());
  }

  /** {@code [tags, 0]} of {@code /tags/0}; none for {@code /} or the empty pointer. */
  static List<String> segments(String pointer) {
    if (pointer == null || pointer.isEmpty() || pointer.equals("/")) {
      return List.of();
    }
    return Arrays.stream(pointer.substring(pointer.startsWith("/") ? 1 : 0).split("/", -1))
        .map(s -> s.replace("~1", "/").replace("~0", "~"))
        .collect(Collectors.toList());
  }
}
