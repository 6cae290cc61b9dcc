package io.contactscontracts.mock.internal.emulation;

import io.contactscontracts.mock.internal.validation.Violation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a JSON request body the way the services' frameworks do, before it is validated against the spec:
 * only a JSON media type is read, the bytes must be UTF-8 (a leading byte-order mark is skipped, as Python's
 * and Node's decoders do), and the text must be exactly one JSON value. The validator's own parsing is more
 * lenient (Jackson ignores content after the first value and passes some invalid UTF-8), which let such
 * bodies through and, for invalid UTF-8, stored an empty contact.
 */
final class JsonBodyReader {
  /** Fails on {@code {}x}; keeps Jackson's nesting limit (1000), beyond which both services' parsers fail too. */
  private static final ObjectMapper STRICT = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private JsonBodyReader() {}

  /**
   * What was read: the text and the JSON value, or the one problem the service reports instead. An empty
   * body gives neither (the spec validation reports it missing).
   */
  record Read(String text, JsonNode json, Violation problem) {
    boolean isEmpty() {
      return text == null && problem == null;
    }
  }

  /**
   * @param contentType the request's Content-Type header, or null
   * @param suffixTypes whether {@code application/*+json} media types count as JSON for this service
   */
  static Read read(byte[] body, String contentType, boolean suffixTypes) {
    if (body.length == 0) {
      return new Read(null, null, null);
    }
    if (!isJson(contentType, suffixTypes)) {
      // neither service reads a body it is not told is JSON (FastAPI since 0.132, Express's json() parser)
      return new Read(null, null, new Violation(Violation.Kind.WRONG_CONTENT_TYPE, List.of("body"), null,
          contentType == null || contentType.isBlank() ? "No Content-Type" : "Content-Type " + contentType));
    }
    CharBuffer text = CharBuffer.allocate(body.length);
    CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    CoderResult result = utf8.decode(ByteBuffer.wrap(body), text, true);
    if (result.isError()) {
      return malformed(text.position(), "Invalid UTF-8");
    }
    utf8.flush(text);
    String decoded = text.flip().toString();
    String json = decoded.startsWith("\uFEFF") ? decoded.substring(1) : decoded;
    JsonNode tree;
    try {
      tree = STRICT.readTree(json);
    } catch (JsonProcessingException e) {
      int offset = e.getLocation() == null ? 0 : (int) Math.max(0, e.getLocation().getCharOffset());
      return malformed(offset, e.getOriginalMessage());
    }
    List<Object> unpaired = unpairedSurrogate(tree);
    if (unpaired != null) {
      return new Read(null, null, new Violation(Violation.Kind.CONSTRAINT, unpaired, null,
          "contains half of a UTF-16 surrogate pair, which is not text"));
    }
    return new Read(json, tree, null);
  }

  /**
   * Where a string (value or property name) holds half of a surrogate pair, FastAPI style ({@code ["body",
   * "tags", 0]}), or null. JSON's escapes for surrogates allow it, but it is not text: it cannot be encoded
   * in UTF-8, so one service would fail storing or answering it and the other would store U+FFFD. A client
   * that cuts strings between the halves of an emoji sends it; the mock tells it so.
   */
  private static List<Object> unpairedSurrogate(JsonNode tree) {
    List<Object> location = new ArrayList<>(List.of("body"));
    return unpairedSurrogate(tree, location) ? location : null;
  }

  /**
   * Depth first, leaving in {@code location} where the first unpaired half was found (no location is built
   * for each value). Children are searched last to first, the order the mock has reported in since
   * this check was added.
   */
  private static boolean unpairedSurrogate(JsonNode node, List<Object> location) {
    if (node.isTextual()) {
      return hasUnpairedSurrogate(node.textValue());
    }
    if (node.isObject()) {
      List<Map.Entry<String, JsonNode>> fields = new ArrayList<>(node.size());
      node.fields().forEachRemaining(fields::add);
      for (Map.Entry<String, JsonNode> field : fields) {
        if (hasUnpairedSurrogate(field.getKey())) {
          return true; // reported at the object: the name itself cannot be shown in the error
        }
      }
      for (int i = fields.size() - 1; i >= 0; i--) {
        if (within(location, fields.get(i).getKey(), fields.get(i).getValue())) {
          return true;
        }
      }
    } else if (node.isArray()) {
      for (int i = node.size() - 1; i >= 0; i--) {
        if (within(location, i, node.get(i))) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean within(List<Object> location, Object segment, JsonNode child) {
    location.add(segment);
    if (unpairedSurrogate(child, location)) {
      return true;
    }
    location.remove(location.size() - 1);
    return false;
  }

  private static boolean hasUnpairedSurrogate(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return true;
      }
    }
    return false;
  }

  private static Read malformed(int offset, String detail) {
    return new Read(null, null, new Violation(Violation.Kind.MALFORMED_JSON, List.of("body", offset), null, detail));
  }

  /** {@code application/json}, with any parameters, and {@code application/*+json} where the service reads it. */
  static boolean isJson(String contentType, boolean suffixTypes) {
    if (contentType == null) {
      return false;
    }
    String mediaType = contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
    return mediaType.equals("application/json")
        || suffixTypes && mediaType.startsWith("application/") && mediaType.endsWith("+json")
            && mediaType.length() > "application/+json".length();
  }
}
