package io.contactscontracts.mock;

import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static io.contactscontracts.mock.Http.post;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** Neither service sends WireMock's Matched-Stub-* headers, so the mock's answers do not carry them either. */
class NoStubHeadersTest {
  @Test
  void emulatedAnswersAndUsersStubsCarryNoMatchedStubHeaders() {
    try (ContactsMockServer server = ContactsMockServer.builder().randomPorts().build().start()) {
      server.wireMock(MockService.RECEPTA).stubFor(get(anyUrl()).withName("my stub").willReturn(okJson("{}")));

      HttpResponse<String> created = post(server.kejueBaseUrl() + "/contacts", "{\"first_name\":\"Ada\"}",
          "X-API-Key", "kej_test_headers");
      HttpResponse<String> refused = post(server.kejueBaseUrl() + "/contacts", "{}");
      HttpResponse<String> stubbed = Http.get(server.receptaBaseUrl() + "/anything");

      assertThat(created.statusCode()).isEqualTo(200);
      assertThat(refused.statusCode()).isEqualTo(401);
      assertThat(stubbed.statusCode()).isEqualTo(200);
      for (HttpResponse<String> response : new HttpResponse[] {created, refused, stubbed}) {
        assertThat(response.headers().map().keySet()).noneMatch(name -> name.toLowerCase().startsWith("matched-stub"));
        assertThat(response.headers().firstValue("Content-Type")).isPresent();
      }
      // which stub answered is still in the journal
      assertThat(server.wireMock(MockService.RECEPTA).getAllServeEvents()).singleElement()
          .satisfies(event -> assertThat(event.getStubMapping().getName()).isEqualTo("my stub"));
    }
  }
}
