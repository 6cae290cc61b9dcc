package io.contactscontracts.mock;

import io.contactscontracts.mock.junit.ContactsMockExtension;

import static io.contactscontracts.mock.Http.json;
import static io.contactscontracts.mock.Http.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Faults on demand through the {@code Prefer} header, and run-wide latency and fault rate. */
class FaultsTest {
  private static final String KEJUE_KEY = "kej_test_faults";
  private static final String RECEPTA_KEY = "rcp_faults";

  @RegisterExtension
  static ContactsMockExtension mock = ContactsMockExtension.randomPorts();

  private static HttpResponse<String> kejue(String prefer) {
    return post(mock.kejueBaseUrl() + "/contacts", "{\"first_name\":\"Ada\"}", "X-API-Key", KEJUE_KEY,
        "Prefer", prefer);
  }

  private static HttpResponse<String> recepta(String prefer) {
    return post(mock.receptaBaseUrl() + "/api/contacts", "{\"firstName\":\"Jane\"}", "x-api-key", RECEPTA_KEY,
        "Prefer", prefer);
  }

  @Test
  void code429ComesWithRetryAfterInEachServicesShape(ContactsMockServer server) {
    HttpResponse<String> kejue = kejue("code=429");
    HttpResponse<String> recepta = recepta("code=429");

    assertThat(kejue.statusCode()).isEqualTo(429);
    assertThat(kejue.headers().firstValue("Retry-After")).hasValue("1");
    assertThat(json(kejue).get("detail").asText()).isNotBlank();
    assertThat(recepta.statusCode()).isEqualTo(429);
    assertThat(recepta.headers().firstValue("Retry-After")).hasValue("1");
    assertThat(json(recepta).get("success").asBoolean()).isFalse();
    assertThat(json(recepta).get("message").asText()).isNotBlank();
    assertThat(server.contacts(MockService.KEJUE, KEJUE_KEY)).as("a faulted request stores nothing").isEmpty();
  }

  @Test
  void retryAfterCanBeChosen() {
    assertThat(kejue("code=429, retry-after=7").headers().firstValue("Retry-After")).hasValue("7");
  }

  @ParameterizedTest
  @ValueSource(ints = {500, 503})
  void serverErrorsComeInEachServicesShape(int code) {
    HttpResponse<String> kejue = kejue("code=" + code);
    HttpResponse<String> recepta = recepta("code=" + code);

    assertThat(kejue.statusCode()).isEqualTo(code);
    if (code == 500) {
      // Starlette's unhandled-error answer
      assertThat(kejue.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/plain"));
      assertThat(kejue.body()).isEqualTo("Internal Server Error");
    } else {
      assertThat(json(kejue).get("detail").isTextual()).isTrue();
    }
    assertThat(recepta.statusCode()).isEqualTo(code);
    assertThat(json(recepta).get("success").asBoolean()).isFalse();
    if (code == 503) {
      assertThat(kejue.headers().firstValue("Retry-After")).isPresent();
      assertThat(recepta.headers().firstValue("Retry-After")).isPresent();
    }
  }

  @Test
  void aStatusTheOperationDoesNotDeclareIsRefusedWithTheDeclaredOnes(ContactsMockServer server) {
    HttpResponse<String> kejue = kejue("code=502");

    assertThat(kejue.statusCode()).isEqualTo(400);
    assertThat(kejue.headers().firstValue("X-Contacts-Mock-Error")).hasValue("usage");
    assertThat(json(kejue).get("mock_error").asText())
        .contains("code=502", "createContact", "200, 201, 401, 413, 422, 429, 500, 503");
    assertThat(server.contacts(MockService.KEJUE, KEJUE_KEY)).as("nothing created").isEmpty();
  }

  @ParameterizedTest
  @ValueSource(ints = {200, 201})
  void eachDeclaredSuccessCodeCreatesWithASchemaValidBody(int code, ContactsMockServer server) {
    HttpResponse<String> response = kejue("code=" + code);

    assertThat(response.statusCode()).isEqualTo(code);
    assertThat(json(response).get("first_name").asText()).isEqualTo("Ada");
    assertThat(server.contacts(MockService.KEJUE, KEJUE_KEY)).hasSize(1);
    assertThat(server.responseValidationFailures()).as("the body fits the spec for " + code).isEmpty();
  }

  @Test
  void aSuccessCodeStillValidatesTheRequest() {
    HttpResponse<String> response = post(mock.kejueBaseUrl() + "/contacts", "{\"email\":1}", "X-API-Key", KEJUE_KEY,
        "Prefer", "code=201");

    assertThat(response.statusCode()).isEqualTo(422);
  }

  @Test
  void delayHoldsTheResponseBack() {
    long start = System.nanoTime();
    HttpResponse<String> response = kejue("delay=400");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(400));
  }

  @ParameterizedTest
  @EnumSource(value = com.github.tomakehurst.wiremock.http.Fault.class,
      names = {"CONNECTION_RESET_BY_PEER", "EMPTY_RESPONSE", "MALFORMED_RESPONSE_CHUNK", "RANDOM_DATA_THEN_CLOSE"})
  void networkFaultsBreakTheConnection(com.github.tomakehurst.wiremock.http.Fault fault, ContactsMockServer server) {
    assertThatThrownBy(() -> recepta("fault=" + fault.name())).isInstanceOf(UncheckedIOException.class);
    assertThat(server.contacts(MockService.RECEPTA, RECEPTA_KEY)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"code=abc", "code=99", "delay=-1", "fault=UNPLUGGED"})
  void anUnusablePreferenceIsAMockUsageError(String prefer) {
    HttpResponse<String> response = kejue(prefer);

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.headers().firstValue("X-Contacts-Mock-Error")).hasValue("usage");
    assertThat(json(response).get("mock_error").asText()).contains("Prefer");
  }

  @Test
  void unknownPreferencesAreIgnored() {
    assertThat(kejue("respond-async, example=foo").statusCode()).isEqualTo(200);
  }

  @Test
  void runWideLatencyDelaysEveryEmulatedResponse() {
    try (ContactsMockServer server = ContactsMockServer.builder().randomPorts().latencyMs(300).build().start()) {
      long start = System.nanoTime();
      HttpResponse<String> response = post(server.receptaBaseUrl() + "/api/contacts", "{}", "x-api-key", RECEPTA_KEY);

      assertThat(response.statusCode()).isEqualTo(201);
      assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
    }
  }

  @Test
  void aFaultRateOfOneFaultsEveryRequestAndStoresNothing() {
    try (ContactsMockServer server = ContactsMockServer.builder().randomPorts().faultRate(1).build().start()) {
      Set<String> outcomes = new HashSet<>();
      for (int i = 0; i < 40; i++) {
        try {
          HttpResponse<String> response = post(server.kejueBaseUrl() + "/contacts", "{}", "X-API-Key", KEJUE_KEY);
          outcomes.add(String.valueOf(response.statusCode()));
          if (response.statusCode() != 500) { // Kejue's 500 is Starlette's plain text
            assertThat(json(response).has("detail")).as(response.body()).isTrue();
          }
          if (response.statusCode() != 500) {
            assertThat(response.headers().firstValue("Retry-After")).isPresent();
          }
        } catch (UncheckedIOException e) {
          outcomes.add("reset");
        }
      }

      assertThat(outcomes).isSubsetOf("429", "500", "503", "reset").hasSizeGreaterThan(1);
      assertThat(server.workspaces(MockService.KEJUE)).isEmpty();
      assertThat(server.responseValidationFailures()).isEmpty();
    }
  }

  @Test
  void aFaultRateOfZeroFaultsNothing() {
    try (ContactsMockServer server = ContactsMockServer.builder().randomPorts().faultRate(0).build().start()) {
      for (int i = 0; i < 10; i++) {
        assertThat(post(server.kejueBaseUrl() + "/contacts", "{}", "X-API-Key", KEJUE_KEY).statusCode()).isEqualTo(200);
      }
    }
  }
}
