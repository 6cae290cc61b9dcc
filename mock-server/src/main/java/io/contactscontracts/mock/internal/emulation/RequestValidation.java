package io.contactscontracts.mock.internal.emulation;

import com.atlassian.oai.validator.model.Body;
import com.atlassian.oai.validator.model.Request.Method;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.common.Urls;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.Request;
import io.contactscontracts.mock.internal.spec.SpecModel;
import io.swagger.v3.oas.models.media.Schema;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;

/** Step 5: the request against the spec (parameters, headers, body schema), as service-neutral violations. */
final class RequestValidation {
  private final SpecModel spec;

  RequestValidation(SpecModel spec) {
    this.spec = spec;
  }

  /**
   * The request's violations, most fundamental first; empty when it is valid.
   *
   * @param body the body as {@link JsonBodyReader} read it
   * @param requestSchema the operation's body schema, null if it takes no body
   */
  List<Violation> check(Request request, String path, Method method, JsonBodyReader.Read body,
      Schema<?> requestSchema, byte[] raw) {
    ValidationReport report = spec.validator().validateRequest(
        validatorRequest(request, path, method, body, requestSchema != null));
    return report.hasErrors() ? RequestViolations.of(report, requestSchema, raw) : List.of();
  }

  /**
   * The request as the validator sees it. A body {@link JsonBodyReader} accepted is given as the JSON it
   * read, with Content-Type {@code application/json}: the charset parameter (which the services ignore; the
   * validator fails on one Java does not know) and {@code +json} suffixes were dealt with there, and the
   * validator checks the very tree the mock then stores instead of parsing the text again.
   */
  private static SimpleRequest validatorRequest(Request request, String path, Method method,
      JsonBodyReader.Read body, boolean jsonBody) {
    SimpleRequest.Builder builder = new SimpleRequest.Builder(method, path);
    for (HttpHeader header : request.getHeaders().all()) {
      if (!(jsonBody && header.key().equalsIgnoreCase("Content-Type"))) {
        builder.withHeader(header.key(), new ArrayList<>(header.values()));
      }
    }
    if (jsonBody) {
      builder.withHeader("Content-Type", "application/json");
    }
    Urls.splitQueryFromUrl(request.getUrl())
        .forEach((name, parameter) -> builder.withQueryParam(name, parameter.values()));
    if (body.text() != null) {
      builder.withBody(new ParsedJsonBody(body.text(), body.json()));
    }
    return builder.build();
  }

  /** A body already read: the validator takes its tree as is. */
  private record ParsedJsonBody(String text, JsonNode json) implements Body {
    @Override
    public boolean hasBody() {
      return !text.isEmpty();
    }

    @Override
    public JsonNode toJsonNode() {
      return json;
    }

    @Override
    public String toString(Charset encoding) {
      return text;
    }
  }
}
