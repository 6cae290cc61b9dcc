package io.contactscontracts.mock.internal.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.contactscontracts.specs.ApiSpec;
import io.contactscontracts.mock.internal.openapi.SpecModel;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.models.Operation;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The request validator reports what the mock has always reported (these are the findings of the validator it
 * replaces, on the same requests): kind, location in FastAPI's {@code loc} style, the type or values the
 * offending value had to have, and the order (members by name, a value's {@code enum} before its {@code type}).
 * The services' error bodies are made from exactly these.
 */
class RequestValidatorTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  static RequestValidator validator(String yaml, String path, String method) {
    SpecModel spec = SpecModel.parse("test", yaml);
    Operation operation = spec.api().getPaths().get(path).readOperationsMap().entrySet().stream()
        .filter(e -> e.getKey().name().equalsIgnoreCase(method)).findFirst().orElseThrow().getValue();
    return OperationValidators.of(spec.api()).request(operation);
  }

  private static final RequestValidator KEJUE = validator(ApiSpec.KEJUE.yaml(), "/contacts", "post");
  private static final RequestValidator RECEPTA = validator(ApiSpec.RECEPTA.yaml(), "/api/contacts", "post");

  /** A request with a JSON body (null: none) and optional headers and query. */
  record Request(String path, JsonNode body, Map<String, List<String>> headers, Map<String, List<String>> query)
      implements RequestValidator.Input {
    static Request body(String json) {
      try {
        return new Request("/api/v1/contacts", json == null ? null : JSON.readTree(json), Map.of(), Map.of());
      } catch (Exception e) {
        throw new IllegalArgumentException(e);
      }
    }

    @Override
    public List<String> query(String name) {
      return query.getOrDefault(name, List.of());
    }

    @Override
    public List<String> header(String name) {
      return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name)).findFirst()
          .map(Map.Entry::getValue).orElse(List.of());
    }
  }

  /** {@code KIND location expected-type [allowed values]} per violation, in order, joined by {@code ; }. */
  static String summary(List<Violation> violations) {
    return violations.stream()
        .map(v -> v.kind() + " " + v.location().stream().map(String::valueOf).collect(Collectors.joining("/"))
            + " " + v.expectedType() + (v.allowedValues().isEmpty() ? "" : " " + v.allowedValues()))
        .collect(Collectors.joining("; "));
  }

  @ParameterizedTest(name = "Kejue {0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
      "{\"email\":42,\"tags\":[\"ok\",7]}         | WRONG_TYPE body/email string; WRONG_TYPE body/tags/1 string",
      "{\"tags\":null}                            | WRONG_TYPE body/tags array",
      "{\"email\":null}                           | ``",
      "{}                                         | ``",
      "[1,2]                                      | WRONG_TYPE body object",
      "\"str\"                                    | WRONG_TYPE body object",
      "42                                         | WRONG_TYPE body object",
      "null                                       | WRONG_TYPE body object",
      "true                                       | WRONG_TYPE body object",
      "{\"metadata\":[]}                          | WRONG_TYPE body/metadata object",
      "{\"metadata\":\"x\"}                       | WRONG_TYPE body/metadata object",
      "{\"metadata\":null}                        | WRONG_TYPE body/metadata object",
      "{\"metadata\":{\"any\":[1,{}]}}            | ``",
      "{\"tags\":[1,null,{}]}                     | WRONG_TYPE body/tags/0 string; WRONG_TYPE body/tags/1 string; WRONG_TYPE body/tags/2 string",
      "{\"tags\":\"a\"}                           | WRONG_TYPE body/tags array",
      "{\"first_name\":1,\"email\":2,\"company\":3} | WRONG_TYPE body/company string; WRONG_TYPE body/email string; WRONG_TYPE body/first_name string",
      "{\"zzz\":1,\"email\":2}                    | WRONG_TYPE body/email string",
      "{\"tags\":[[]]}                            | WRONG_TYPE body/tags/0 string",
      "{\"email\":1.5}                            | WRONG_TYPE body/email string",
      "{\"email\":true,\"tags\":{}}               | WRONG_TYPE body/email string; WRONG_TYPE body/tags array",
      "{\"tags\":[\"a\",\"b\",\"c\",\"d\",\"e\",\"f\",\"g\",\"h\",\"i\",\"j\",1,\"l\",2]} | WRONG_TYPE body/tags/10 string; WRONG_TYPE body/tags/12 string"})
  void kejueBodies(String body, String expected) {
    assertThat(summary(KEJUE.validate(Request.body(body)))).isEqualTo(expected == null ? "" : expected);
  }

  @ParameterizedTest(name = "Recepta {0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
      "{\"email\":42}                      | WRONG_TYPE body/email string",
      "{\"email\":null}                    | WRONG_TYPE body/email string",
      "{\"source\":\"FAX\"}                | NOT_IN_ENUM body/source string [MANUAL, FACEBOOK, CSV, API, CALL]",
      "{\"source\":\"api\"}                | NOT_IN_ENUM body/source string [MANUAL, FACEBOOK, CSV, API, CALL]",
      "{\"source\":null}                   | NOT_IN_ENUM body/source string [MANUAL, FACEBOOK, CSV, API, CALL]; WRONG_TYPE body/source string [MANUAL, FACEBOOK, CSV, API, CALL]",
      "{\"source\":1}                      | NOT_IN_ENUM body/source string [MANUAL, FACEBOOK, CSV, API, CALL]; WRONG_TYPE body/source string [MANUAL, FACEBOOK, CSV, API, CALL]",
      "{\"source\":[\"API\"]}              | NOT_IN_ENUM body/source string [MANUAL, FACEBOOK, CSV, API, CALL]; WRONG_TYPE body/source string [MANUAL, FACEBOOK, CSV, API, CALL]",
      "{\"tags\":[\"ok\",1]}               | WRONG_TYPE body/tags/1 string",
      "{\"customFields\":[]}               | WRONG_TYPE body/customFields object",
      "{\"customFields\":null}             | WRONG_TYPE body/customFields object",
      "{\"customFields\":{\"a\":[null]}}   | ``",
      "{\"tags\":null}                     | WRONG_TYPE body/tags array",
      "[]                                  | WRONG_TYPE body object",
      "{\"email\":1,\"source\":\"FAX\"}    | WRONG_TYPE body/email string; NOT_IN_ENUM body/source string [MANUAL, FACEBOOK, CSV, API, CALL]",
      "{\"source\":\"FAX\",\"email\":1}    | WRONG_TYPE body/email string; NOT_IN_ENUM body/source string [MANUAL, FACEBOOK, CSV, API, CALL]",
      "{\"zipCode\":1,\"address\":2}       | WRONG_TYPE body/address string; WRONG_TYPE body/zipCode string",
      "{\"firstName\":\"Jane\",\"source\":\"CSV\",\"unknown\":[1]} | ``"})
  void receptaBodies(String body, String expected) {
    assertThat(summary(RECEPTA.validate(Request.body(body)))).isEqualTo(expected == null ? "" : expected);
  }

  @Test
  void noBodyIsMissingUnlessTheContentTypeIsAlreadyWrong() {
    assertThat(summary(KEJUE.validate(Request.body(null)))).isEqualTo("BODY_MISSING body any");
    assertThat(summary(RECEPTA.validate(new Request("/p", null, Map.of("Content-Type", List.of("application/json")),
        Map.of())))).isEqualTo("BODY_MISSING body any");
    assertThat(summary(KEJUE.validate(new Request("/p", null, Map.of("content-type", List.of("text/plain")), Map.of()))))
        .isEqualTo("WRONG_CONTENT_TYPE body any");
    assertThat(summary(KEJUE.validate(new Request("/p", null,
        Map.of("Content-Type", List.of("Application/JSON; charset=utf-8")), Map.of())))).isEqualTo("BODY_MISSING body any");
  }

  @Test
  void aMissingRequiredMemberIsReportedOncePerObjectTheFirstByName() {
    String yaml = ApiSpec.RECEPTA.yaml().replace(
        "      description: Fields of a new contact. The reference marks none as required.\n",
        "      required: [lastName, firstName]\n");
    RequestValidator validator = validator(yaml, "/api/contacts", "post");

    assertThat(summary(validator.validate(Request.body("{\"email\":\"a@b\"}"))))
        .isEqualTo("REQUIRED_FIELD_MISSING body/firstName string");
    assertThat(summary(validator.validate(Request.body("{\"firstName\":\"F\"}"))))
        .isEqualTo("REQUIRED_FIELD_MISSING body/lastName string");
  }

  @Test
  void aConstraintAddedToTheSpecIsACONSTRAINTWithTheValidatorsWording() {
    String yaml = ApiSpec.RECEPTA.yaml().replace("        firstName:\n          type: string\n",
        "        firstName:\n          type: string\n          maxLength: 5\n");
    List<Violation> violations = validator(yaml, "/api/contacts", "post")
        .validate(Request.body("{\"firstName\":\"Bartholomew\"}"));

    assertThat(summary(violations)).isEqualTo("CONSTRAINT body/firstName string");
    assertThat(violations.get(0).detail()).contains("5").doesNotContain("$").doesNotStartWith("/");
  }

  private static final String GET_KEJUE_CONTACT = String.join("\n",
      "  /contacts/{contact_id}:",
      "    get:",
      "      parameters:",
      "        - {name: contact_id, in: path, required: true, schema: {type: string, maxLength: 8}}",
      "        - {name: include, in: query, schema: {type: string, enum: [tags, metadata]}}",
      "        - {name: limit, in: query, schema: {type: integer, minimum: 1}}",
      "        - {name: X-Trace, in: header, required: true, schema: {type: string}}",
      "      responses:",
      "        \"200\":",
      "          description: The contact.",
      "");

  @Test
  void parametersAreCheckedAndReportedAtTheParameter() {
    String yaml = ApiSpec.KEJUE.yaml().replace("\ncomponents:\n", "\n" + GET_KEJUE_CONTACT + "components:\n");
    RequestValidator validator = validator(yaml, "/contacts/{contact_id}", "get");
    Map<String, List<String>> trace = Map.of("x-trace", List.of("t"));

    assertThat(summary(validator.validate(new Request("/api/v1/contacts/c0a8012e", null, trace,
        Map.of("include", List.of("tags"), "limit", List.of("3")))))).isEmpty();
    assertThat(summary(validator.validate(new Request("/api/v1/contacts/c0a8012e", null, trace,
        Map.of("include", List.of("everything")))))).isEqualTo("CONSTRAINT query/include string [tags, metadata]");
    assertThat(summary(validator.validate(new Request("/api/v1/contacts/c0a8012e", null, trace,
        Map.of("limit", List.of("ten")))))).isEqualTo("CONSTRAINT query/limit integer");
    assertThat(summary(validator.validate(new Request("/api/v1/contacts/c0a8012e", null, trace,
        Map.of("limit", List.of("0")))))).isEqualTo("CONSTRAINT query/limit integer");
    assertThat(summary(validator.validate(new Request("/api/v1/contacts/far-too-long", null, Map.of(), Map.of()))))
        .isEqualTo("CONSTRAINT path/contact_id string; REQUIRED_FIELD_MISSING header/X-Trace string");
  }

  /** The services ignore fields they do not know; check-pact's strict validators report them, at their object. */
  @Test
  void anUndeclaredFieldIsAViolationOnlyForStrictValidators() {
    SpecModel spec = SpecModel.parse("kejue", ApiSpec.KEJUE.yaml());
    Operation create = spec.api().getPaths().get("/contacts").getPost();
    Request typo = Request.body("{\"frist_name\": \"Ada\", \"metadata\": {\"any\": 1}}");

    assertThat(OperationValidators.of(spec.api()).request(create).validate(typo)).isEmpty();
    assertThat(OperationValidators.strict(spec.api()).request(create).validate(typo)).singleElement()
        .satisfies(v -> assertThat(v.kind()).isEqualTo(Violation.Kind.UNDECLARED_PROPERTY))
        .satisfies(v -> assertThat(v.location()).containsExactly("body"))
        .satisfies(v -> assertThat(v.detail()).contains("'frist_name'"));
  }
}
