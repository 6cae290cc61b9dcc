package io.contactscontracts.mock.pactcheck;

import au.com.dius.pact.core.model.OptionalBody;
import au.com.dius.pact.core.model.SynchronousRequestResponse;
import com.atlassian.oai.validator.model.Request.Method;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.contactscontracts.mock.internal.validation.RequestValidator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One HTTP interaction of a pact as the mock's validators read a request and a response: headers by name in any
 * case, bodies as JSON, and where in the pact file each part is.
 */
final class PactExchange {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final SynchronousRequestResponse http;
  private final String location;
  private final String bodyInPact;

  /** A body as JSON (null when there is none, or it is declared as another media type), or why it is not JSON. */
  record Body(JsonNode json, Optional<String> error) {}

  PactExchange(SynchronousRequestResponse http, String location, String bodyInPact) {
    this.http = http;
    this.location = location;
    this.bodyInPact = bodyInPact;
  }

  SynchronousRequestResponse http() {
    return http;
  }

  /** Where the request is in the pact file, e.g. {@code interactions[0].request}. */
  String request() {
    return location + ".request";
  }

  String response() {
    return location + ".response";
  }

  /** Where a body's JSON sits below request or response: {@code body}, or {@code body.content} in a V4 pact. */
  String bodyInPact() {
    return bodyInPact;
  }

  /** The request's method as the spec's routing names it; empty for a method no spec can declare. */
  Optional<Method> method() {
    try {
      return Optional.of(Method.valueOf(http.getRequest().getMethod().toUpperCase(Locale.ROOT)));
    } catch (IllegalArgumentException | NullPointerException e) {
      return Optional.empty();
    }
  }

  List<String> requestHeader(String name) {
    return header(http.getRequest().getHeaders(), name);
  }

  List<String> responseHeader(String name) {
    return header(http.getResponse().getHeaders(), name);
  }

  Body requestBody() {
    return body(http.getRequest().getBody(), requestHeader("Content-Type"));
  }

  Body responseBody() {
    return body(http.getResponse().getBody(), responseHeader("Content-Type"));
  }

  /** The request as the mock's {@link RequestValidator} reads one, with {@code body} as its JSON body. */
  RequestValidator.Input requestInput(JsonNode body) {
    return new RequestValidator.Input() {
      @Override
      public String path() {
        return http.getRequest().getPath();
      }

      @Override
      public List<String> query(String name) {
        List<String> values = http.getRequest().getQuery().get(name);
        return values == null ? List.of() : values;
      }

      @Override
      public List<String> header(String name) {
        return requestHeader(name);
      }

      @Override
      public JsonNode body() {
        return body;
      }
    };
  }

  private static List<String> header(Map<String, List<String>> headers, String name) {
    return headers.entrySet().stream()
        .filter(e -> e.getKey().equalsIgnoreCase(name))
        .flatMap(e -> e.getValue().stream())
        .toList();
  }

  /**
   * A body declared as a media type other than JSON is passed on as none, so the validator judges its
   * Content-Type; without a Content-Type, a body is read as JSON (as Pact itself detects it).
   */
  private static Body body(OptionalBody body, List<String> contentType) {
    if (body == null || !body.isPresent()) {
      return new Body(null, Optional.empty());
    }
    if (!contentType.isEmpty() && !contentType.get(0).toLowerCase(Locale.ROOT).contains("json")) {
      return new Body(null, Optional.empty());
    }
    try {
      return new Body(JSON.readTree(body.valueAsString()), Optional.empty());
    } catch (JsonProcessingException e) {
      return new Body(null, Optional.of(e.getOriginalMessage()));
    }
  }
}
