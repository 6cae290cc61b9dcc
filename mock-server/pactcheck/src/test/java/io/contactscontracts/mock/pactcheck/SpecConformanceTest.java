package io.contactscontracts.mock.pactcheck;

import static org.assertj.core.api.Assertions.assertThat;

import au.com.dius.pact.core.model.DefaultPactReader;
import au.com.dius.pact.core.model.SynchronousRequestResponse;
import io.contactscontracts.specs.ApiSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The spec check on its own, with the mock's validators in their strict form: one Kejue create interaction,
 * changed in one place per test.
 */
class SpecConformanceTest {
  private static final SpecConformance KEJUE = SpecConformance.of(ApiSpec.KEJUE);

  @TempDir Path dir;

  /** A pact-js style V3 interaction creating a Kejue contact; {@code status} may carry Pact's status matcher. */
  private List<Problem> check(SpecConformance conformance, String requestBody, String status, String responseBody)
      throws IOException {
    String pact = """
        {"consumer": {"name": "web"}, "provider": {"name": "kejue"},
         "metadata": {"pactSpecification": {"version": "3.0.0"}},
         "interactions": [{"description": "a create",
           "request": {"method": "POST", "path": "/api/v1/contacts",
             "headers": {"Content-Type": "application/json", "X-API-Key": "kej_test_web"}, "body": %s},
           "response": {%s, "headers": {"Content-Type": "application/json"}, "body": %s}}]}
        """.formatted(requestBody, status, responseBody);
    Path file = Files.writeString(dir.resolve("pact.json"), pact);
    SynchronousRequestResponse http = DefaultPactReader.INSTANCE.loadPact(file.toFile()).getInteractions().get(0)
        .asSynchronousRequestResponse();
    return conformance.problems(http, "interactions[0]", "body");
  }

  @Test
  void aValidInteractionHasNoProblemsAndAResponseMayLeaveOutRequiredFields() throws IOException {
    assertThat(check(KEJUE, "{\"first_name\": \"Ada\"}", "\"status\": 201", "{\"first_name\": \"Ada\"}")).isEmpty();
  }

  @Test
  void undeclaredPropertiesAreFindingsInRequestsAndResponses() throws IOException {
    List<Problem> problems = check(KEJUE, "{\"frist_name\": \"Ada\"}", "\"status\": 201",
        "{\"id\": \"1\", \"nick_name\": \"Ada\"}");

    assertThat(problems).extracting(Problem::where)
        .containsExactly("interactions[0].request.body", "interactions[0].response.body");
    assertThat(problems.get(0).what()).contains("'frist_name'", "[validation.request.body.schema.additionalProperties]");
    assertThat(problems.get(0).expected()).contains("schema ContactCreate: object with only the properties", "first_name");
    assertThat(problems.get(1).what()).contains("'nick_name'", "[validation.response.body.schema.additionalProperties]");
  }

  @Test
  void aProblemSaysWhereItIsAndWhatTheSpecSaysThere() throws IOException {
    List<Problem> problems = check(KEJUE, "{\"tags\": [1]}", "\"status\": 201", "{\"is_active\": \"yes\"}");

    assertThat(problems).extracting(Problem::where)
        .containsExactly("interactions[0].request.body.tags[0]", "interactions[0].response.body.is_active");
    assertThat(problems.get(0).what()).startsWith("/tags/0: ").endsWith("[validation.request.body.schema.type]");
    assertThat(problems.get(1).expected())
        .isEqualTo("openapi/kejue.yaml POST /api/v1/contacts response 201, schema Contact at /properties/is_active: boolean");
  }

  @Test
  void completeResponsesMustHaveEveryRequiredField() throws IOException {
    List<Problem> problems = check(KEJUE.requiringCompleteResponses(), "{\"first_name\": \"Ada\"}", "\"status\": 201",
        "{\"first_name\": \"Ada\"}");

    assertThat(problems).singleElement()
        .satisfies(p -> assertThat(p.what()).contains("id", "[validation.response.body.schema.required]"));
  }

  @Test
  void anInvalidBodyInteractionMustSendABodyTheSpecRejects() throws IOException {
    String invalid = "{\"detail\": [{\"loc\": [\"body\", \"tags\", 0], \"msg\": \"bad\", \"type\": \"string_type\"}]}";
    assertThat(check(KEJUE, "{\"tags\": [null]}", "\"status\": 422", invalid)).isEmpty();

    assertThat(check(KEJUE, "{\"tags\": [\"vip\"]}", "\"status\": 422", invalid)).singleElement()
        .satisfies(p -> assertThat(p.what()).startsWith("expects 422 for an invalid body, but openapi/kejue.yaml accepts"));
  }

  @Test
  void aStatusClassMatcherPassesWhenOneDeclaredStatusOfTheClassFits() throws IOException {
    String anySuccess = "\"status\": 299, \"matchingRules\": {\"status\": {\"matchers\": [{\"match\": \"statusCode\", "
        + "\"status\": \"success\"}]}}";
    assertThat(check(KEJUE, "{\"first_name\": \"Ada\"}", anySuccess, "{\"first_name\": \"Ada\"}")).isEmpty();

    String anyRedirect = anySuccess.replace("success", "redirect").replace("299", "302");
    assertThat(check(KEJUE, "{\"first_name\": \"Ada\"}", anyRedirect, "{}")).singleElement()
        .satisfies(p -> assertThat(p.what()).contains("the spec declares none of those statuses"));
  }
}
