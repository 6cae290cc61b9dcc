package io.contactscontracts.mock.internal.dashboard;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.LoggedResponse;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import io.contactscontracts.mock.internal.state.ApiKeys;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * One line of the live log, and why the request got its answer, read from what WireMock recorded only
 * (request headers, matched stub, response status, headers and body), so it holds for whatever the
 * emulation or a user's stub answered:
 * <ul>
 *   <li>who answered: the emulation (the catch-all stub that hands requests to it), a user's stub, no stub;
 *   <li>the fault or status a {@code Prefer} header asked for;
 *   <li>the service's own error text: a {@code detail} list ({@code loc}/{@code msg}, FastAPI style) or a
 *       {@code message}/{@code error}/{@code detail} string;
 *   <li>a fault WireMock injected, and {@code Retry-After}.
 * </ul>
 */
final class CallSummary {
  private static final ObjectMapper JSON = new ObjectMapper();
  /** Error bodies are small; a larger body is not read for reasons. */
  private static final int MAX_BODY_CHARS = 64 * 1024;
  private static final int MAX_REASONS = 8;

  private CallSummary() {}

  static ObjectNode of(ServeEvent event, Optional<String> keyHeader, UUID emulationStub) {
    ObjectNode entry = JSON.createObjectNode();
    entry.put("time", event.getRequest().getLoggedDate() == null ? null
        : event.getRequest().getLoggedDate().toInstant().toString());
    entry.put("method", event.getRequest().getMethod().getName());
    entry.put("path", event.getRequest().getUrl());
    entry.put("key", keyHeader.map(name -> event.getRequest().header(name)).filter(HttpHeader::isPresent)
        .map(header -> ApiKeys.mask(header.firstValue())).orElse(""));
    LoggedResponse response = event.getResponse();
    entry.put("status", response == null ? 0 : response.getStatus());
    // the time the mock took to produce the answer (sending it is not done yet when the entry is made)
    Integer took = event.getTiming() == null ? null : event.getTiming().getProcessTime();
    if (took != null) {
      entry.put("ms", took);
    }
    entry.put("answeredBy", answeredBy(event.getStubMapping(), emulationStub));
    ArrayNode why = entry.putArray("why");
    reasons(event).forEach(why::add);
    return entry;
  }

  private static String answeredBy(StubMapping stub, UUID emulationStub) {
    if (stub == null) {
      return "no stub";
    }
    if (emulationStub.equals(stub.getId())) {
      return "emulation";
    }
    String name = stub.getName() != null && !stub.getName().isBlank() ? stub.getName() : String.valueOf(stub.getId());
    return "your stub: " + name;
  }

  private static List<String> reasons(ServeEvent event) {
    List<String> reasons = new ArrayList<>();
    HttpHeader prefer = event.getRequest().header("Prefer");
    if (prefer.isPresent()) {
      reasons.add("Prefer: " + prefer.firstValue() + " (asked by the request)");
    }
    if (event.getStubMapping() == null || !event.getWasMatched()) {
      reasons.add("no stub matched this request");
    }
    LoggedResponse response = event.getResponse();
    if (response == null) {
      return reasons;
    }
    if (response.getFault() != null) {
      reasons.add("fault: " + response.getFault().name());
    }
    HttpHeader retryAfter = response.getHeaders() == null ? null : response.getHeaders().getHeader("Retry-After");
    if (retryAfter != null && retryAfter.isPresent()) {
      reasons.add("Retry-After: " + retryAfter.firstValue());
    }
    if (response.getStatus() >= 400) {
      serviceMessages(response).forEach(reasons::add);
    }
    return reasons.size() > MAX_REASONS ? reasons.subList(0, MAX_REASONS) : reasons;
  }

  private static List<String> serviceMessages(LoggedResponse response) {
    List<String> messages = new ArrayList<>();
    String text = response.getBodyAsString();
    if (text == null || text.isBlank() || text.length() > MAX_BODY_CHARS) {
      return messages;
    }
    JsonNode body;
    try {
      body = JSON.readTree(text);
    } catch (IOException e) {
      return messages; // not JSON: a user's stub may answer anything
    }
    if (body == null || !body.isObject()) {
      return messages;
    }
    JsonNode detail = body.get("detail");
    if (detail != null && detail.isArray()) {
      for (JsonNode item : detail) {
        String where = location(item.get("loc"));
        String msg = item.path("msg").asText(item.toString());
        messages.add(where.isEmpty() ? msg : where + ": " + msg);
      }
    }
    for (String field : List.of("message", "error", "detail")) {
      JsonNode value = body.get(field);
      if (value != null && value.isTextual() && !value.asText().isBlank()) {
        messages.add(value.asText());
      }
    }
    return messages;
  }

  private static String location(JsonNode loc) {
    if (loc == null || !loc.isArray()) {
      return loc == null ? "" : loc.asText();
    }
    List<String> parts = new ArrayList<>();
    loc.forEach(part -> parts.add(part.asText()));
    return String.join(".", parts);
  }
}
