package io.contactscontracts.mock.internal.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.contactscontracts.specs.ApiSpec;
import io.contactscontracts.mock.internal.openapi.SpecModel;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.Operation;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** The response validator passes the spec's own examples and names what breaks the spec, with where. */
class ResponseValidatorTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Function<String, List<String>> JSON_CONTENT =
      name -> name.equalsIgnoreCase("Content-Type") ? List.of("application/json") : List.of();

  private record Prepared(ResponseValidator validator, JsonNode example) {}

  private static Prepared prepare(ApiSpec service, String path) {
    SpecModel spec = SpecModel.parse(service.serviceName(), service.yaml());
    Operation operation = spec.api().getPaths().get(path).getPost();
    JsonNode example = Json.mapper().valueToTree(spec.successResponse(operation).example().orElseThrow());
    return new Prepared(OperationValidators.of(spec.api()).response(operation), example);
  }

  private static final Prepared KEJUE = prepare(ApiSpec.KEJUE, "/contacts");
  private static final Prepared RECEPTA = prepare(ApiSpec.RECEPTA, "/api/contacts");

  @Test
  void theSpecsOwnExamplesPass() {
    assertThat(KEJUE.validator().validate(201, JSON_CONTENT, KEJUE.example())).isEmpty();
    assertThat(RECEPTA.validator().validate(201, JSON_CONTENT, RECEPTA.example())).isEmpty();
    assertThat(KEJUE.validator().validate(401, JSON_CONTENT, JSON.createObjectNode().put("detail", "no key"))).isEmpty();
  }

  @Test
  void nullableFieldsMayBeNullAndOthersMayNot() {
    ObjectNode contact = KEJUE.example().deepCopy();
    contact.putNull("email");
    assertThat(KEJUE.validator().validate(201, JSON_CONTENT, contact)).isEmpty();

    contact.putNull("tags");
    assertThat(KEJUE.validator().validate(201, JSON_CONTENT, contact))
        .singleElement().asString().startsWith("validation.response.body.schema.type: /tags: ");
  }

  @Test
  void aBrokenFieldIsNamedWithItsLocationAndKeyword() {
    ObjectNode envelope = RECEPTA.example().deepCopy();
    ((ObjectNode) envelope.at("/data/client")).put("id", "broken").put("createdAt", "yesterday");

    assertThat(RECEPTA.validator().validate(201, JSON_CONTENT, envelope)).containsExactly(
        "validation.response.body.schema.format: /data/client/createdAt: does not match the date-time pattern must be a valid RFC 3339 date-time",
        "validation.response.body.schema.pattern: /data/client/id: does not match the regex pattern ^[0-9a-f]{24}$")
        .isNotEmpty();
  }

  @Test
  void aMissingRequiredMemberAndAWrongErrorShapeAreFindings() {
    ObjectNode envelope = RECEPTA.example().deepCopy();
    envelope.remove("success");
    assertThat(RECEPTA.validator().validate(201, JSON_CONTENT, envelope))
        .singleElement().asString().startsWith("validation.response.body.schema.required: /: ").contains("success");

    JsonNode receptasShape = JSON.createObjectNode().put("success", false).put("message", "no key");
    assertThat(KEJUE.validator().validate(401, JSON_CONTENT, receptasShape)).isNotEmpty();
  }

  @Test
  void anUndeclaredStatusAWrongContentTypeAndAMissingBodyAreFindings() {
    assertThat(KEJUE.validator().validate(418, JSON_CONTENT, KEJUE.example()))
        .singleElement().asString().startsWith("validation.response.status.unknown: 418");
    assertThat(KEJUE.validator().validate(201, name -> List.of("text/html"), KEJUE.example()))
        .singleElement().asString().startsWith("validation.response.contentType.notAllowed");
    assertThat(KEJUE.validator().validate(201, JSON_CONTENT, null))
        .singleElement().asString().startsWith("validation.response.body.missing");
  }
}
