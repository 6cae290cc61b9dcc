package io.contactscontracts.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.contactscontracts.specs.ApiSpec;
import io.contactscontracts.specs.SpecFacts;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/** What the client tests need from a service's spec: paths, key header and prefixes, documented examples. */
public final class SpecFixture {
  private final JsonNode spec;
  private final SpecFacts facts;
  private final String operationPath;

  private SpecFixture(JsonNode spec, SpecFacts facts) {
    this.spec = spec;
    this.facts = facts;
    Iterator<String> paths = spec.get("paths").fieldNames();
    this.operationPath = paths.next();
    if (paths.hasNext()) {
      throw new IllegalStateException("The client tests expect the spec's single create operation");
    }
  }

  public static SpecFixture of(ApiSpec api) {
    try {
      return new SpecFixture(new YAMLMapper().readTree(api.url()), SpecFacts.of(api));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The path of the server URL, e.g. {@code /api/v1}. */
  public String basePath() {
    return facts.basePath();
  }

  /** Where the create operation is served, relative to the host: {@code basePath() + path}. */
  public String stubPath() {
    return basePath() + operationPath;
  }

  /** The header that carries the API key. */
  public String keyHeader() {
    return facts.apiKeyHeader();
  }

  /** A key in the documented format: the first documented prefix, then {@code rest}. */
  public String key(String rest) {
    return facts.keyPrefixes().get(0) + rest;
  }

  public boolean declares(int status) {
    return !response(status).isMissingNode();
  }

  /** The first success (2xx) status the create operation declares. */
  public int successStatus() {
    List<String> statuses = new ArrayList<>();
    spec.get("paths").get(operationPath).at("/post/responses").fieldNames().forEachRemaining(statuses::add);
    return statuses.stream().filter(s -> s.startsWith("2")).map(Integer::valueOf).sorted().findFirst()
        .orElseThrow(() -> new IllegalStateException("The spec declares no success status"));
  }

  /** The documented JSON example of the create operation's success answer. */
  public JsonNode successExample() {
    return example(successStatus());
  }

  /**
   * The documented example of the create operation's answer with this status: its JSON, or a text node for
   * a {@code text/plain} answer.
   */
  public JsonNode example(int status) {
    JsonNode content = response(status).path("content");
    JsonNode example = content.at("/application~1json/example");
    if (example.isMissingNode()) {
      example = content.at("/text~1plain/example"); // a plain-text answer, e.g. Starlette's 500
    }
    if (example.isMissingNode()) {
      throw new IllegalStateException("The spec documents no example for status " + status);
    }
    return example;
  }

  private JsonNode response(int status) {
    JsonNode response = spec.get("paths").get(operationPath).at("/post/responses/" + status);
    JsonNode ref = response.get("$ref");
    return ref == null ? response : spec.at(ref.asText().substring(1));
  }
}
