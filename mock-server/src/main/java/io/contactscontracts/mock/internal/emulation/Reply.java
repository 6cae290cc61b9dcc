package io.contactscontracts.mock.internal.emulation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** What the emulation answers, before it becomes a WireMock {@link ResponseDefinition}. */
public final class Reply {
  /** Marks answers of the mock itself (usage errors, its own bugs), which the real services never give. */
  public static final String MOCK_ERROR_HEADER = "X-Contacts-Mock-Error";
  private static final ObjectMapper MAPPER = new ObjectMapper();

  public final int status;
  public final Map<String, String> headers = new LinkedHashMap<>();
  public final String body;
  /** The body as the JSON it was written from (null if none), so that checking it needs no parsing. */
  public final JsonNode json;
  public final Fault fault;
  /** Whether this reply is one the spec describes, so it must pass response validation. */
  public final boolean specified;

  private Reply(int status, String body, JsonNode json, Fault fault, boolean specified) {
    this.status = status;
    this.body = body;
    this.json = json;
    this.fault = fault;
    this.specified = specified;
  }

  /**
   * A reply the spec describes, validated against it: the body as JSON, or, for a declared media type that
   * is not JSON (Starlette's text/plain 500), a text body as its plain text.
   */
  public static Reply json(int status, String contentType, JsonNode body) {
    String text = body == null ? null
        : !contentType.toLowerCase(Locale.ROOT).contains("json") && body.isTextual() ? body.asText()
        : write(body);
    Reply reply = new Reply(status, text, body, null, true);
    if (body != null) {
      reply.headers.put("Content-Type", contentType);
    }
    return reply;
  }

  /** A JSON reply the spec does not describe (unknown path, undeclared status), never validated. */
  public static Reply unspecified(int status, JsonNode body) {
    Reply reply = new Reply(status, write(body), body, null, false);
    reply.headers.put("Content-Type", "application/json");
    return reply;
  }

  public static Reply fault(Fault fault) {
    return new Reply(0, null, null, fault, false);
  }

  public Reply header(String name, String value) {
    headers.put(name, value);
    return this;
  }

  public ResponseDefinition toDefinition(int delayMs) {
    ResponseDefinitionBuilder builder = ResponseDefinitionBuilder.responseDefinition();
    if (fault != null) {
      builder.withFault(fault);
    } else {
      builder.withStatus(status);
      headers.forEach(builder::withHeader);
      if (body != null) {
        builder.withBody(body);
      }
    }
    if (delayMs > 0) {
      builder.withFixedDelay(delayMs);
    }
    return builder.build();
  }

  public static String write(JsonNode body) {
    try {
      return MAPPER.writeValueAsString(body);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
