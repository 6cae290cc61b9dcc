package io.contactscontracts.mock.pactcheck;

/** JSON pointers ({@code /tags/0}) as the dotted paths a reader finds in a pact file ({@code .tags[0]}). */
final class JsonPointers {
  private JsonPointers() {}

  static String toPath(String pointer) {
    if (pointer == null || pointer.isEmpty() || pointer.equals("/")) {
      return "";
    }
    StringBuilder path = new StringBuilder();
    for (String segment : pointer.substring(pointer.startsWith("/") ? 1 : 0).split("/", -1)) {
      String name = segment.replace("~1", "/").replace("~0", "~");
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
}
