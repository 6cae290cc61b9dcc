package io.contactscontracts.mock.robustness;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One generated request the service must refuse with an {@link #expected} status, in its error shape.
 *
 * @param category the generator that made it, e.g. {@code wrong-type}
 * @param description what is wrong, e.g. {@code body.tags[0] = 12.5 (number, expected string)}
 * @param method the HTTP method
 * @param path the request target, base path included
 * @param headers name/value pairs, in order; a {@code null} value means the header is left out
 * @param body the body bytes (may be empty)
 * @param expected the statuses the service may answer (one, unless the answer depends on a limit the spec does
 *     not state, such as the body size)
 * @param raw whether to send it over a plain socket: for requests {@code java.net.http} refuses to send
 *     (malformed targets, non-ASCII header values, methods such as CONNECT)
 */
record BadRequest(String category, String description, String method, String path, List<String[]> headers,
    byte[] body, Set<Integer> expected, boolean raw) {

  BadRequest {
    Objects.requireNonNull(category);
    headers = List.copyOf(headers);
    expected = Set.copyOf(expected);
  }

  /** A builder-style start: a request on {@code path} with the given headers. */
  static Draft to(String method, String path) {
    return new Draft(method, path);
  }

  @Override
  public String toString() {
    String shown = new String(body, 0, Math.min(body.length, 160), StandardCharsets.UTF_8);
    return "[" + category + "] " + description + " -- " + method + " " + abbreviate(path, 120)
        + (body.length == 0 ? "" : " body(" + body.length + " bytes)=" + shown + (body.length > 160 ? "…" : ""))
        + " expected " + expected.stream().sorted().map(String::valueOf).collect(Collectors.joining(" or "));
  }

  private static String abbreviate(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max) + "…(" + text.length() + " chars)";
  }

  /** Collects the parts of a {@link BadRequest}. */
  static final class Draft {
    private final String method;
    private final String path;
    private final List<String[]> headers = new ArrayList<>();
    private byte[] body = new byte[0];
    private boolean raw;

    private Draft(String method, String path) {
      this.method = method;
      this.path = path;
    }

    Draft header(String name, String value) {
      headers.removeIf(h -> h[0].equalsIgnoreCase(name));
      headers.add(new String[] {name, value});
      return this;
    }

    Draft body(byte[] bytes) {
      this.body = bytes;
      return this;
    }

    Draft body(String text) {
      return body(text.getBytes(StandardCharsets.UTF_8));
    }

    Draft raw() {
      this.raw = true;
      return this;
    }

    BadRequest expect(String category, String description, Integer... statuses) {
      return new BadRequest(category, description, method, path, headers, body, Set.of(statuses), raw);
    }
  }
}
