package io.contactscontracts.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.contactscontracts.specs.ApiSpec;
import java.io.IOException;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What a client puts on the wire and how it reads the documented response, against a WireMock stub that
 * answers the spec's documented success example. Each client module extends it with its own fields.
 *
 * @param <C> the client
 */
public abstract class WireFormatSuite<C> {
  protected static final ObjectMapper JSON = new ObjectMapper();

  @RegisterExtension
  protected static final WireMockExtension server =
      WireMockExtension.newInstance()
          .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1").jettyAcceptors(1)).build();

  protected final SpecFixture spec;
  private final String key;
  private final BiFunction<String, String, C> newClient;
  private final Consumer<C> createMinimalContact;
  protected C client;

  /**
   * @param api the service's spec
   * @param newClient builds a client from an API key and a base URL through the public entry point
   * @param createMinimalContact creates a contact with one field set
   */
  protected WireFormatSuite(ApiSpec api, BiFunction<String, String, C> newClient, Consumer<C> createMinimalContact) {
    this.spec = SpecFixture.of(api);
    this.key = spec.key("wire");
    this.newClient = newClient;
    this.createMinimalContact = createMinimalContact;
  }

  @BeforeEach
  void startWithTheDocumentedSuccess() throws IOException {
    respondWith(documentedSuccess());
    client = newClient.apply(key, server.baseUrl() + spec.basePath());
  }

  @Test
  void sendsTheKeyInTheSpecsKeyHeaderWithItsExactNameAndAJsonBody() {
    createMinimalContact.accept(client);

    List<HttpHeader> headers = List.copyOf(onlyRequest().getHeaders().all());
    assertThat(headers).anySatisfy(h -> {
      assertThat(h.key()).isEqualTo(spec.keyHeader());
      assertThat(h.values()).containsExactly(key);
    });
    assertThat(onlyRequest().getHeader("Content-Type")).startsWith("application/json");
  }

  /** The spec's documented success example. */
  protected JsonNode documentedSuccess() {
    return spec.successExample();
  }

  /** Every request from now on gets {@code body} with the spec's success status. */
  protected void respondWith(JsonNode body) throws IOException {
    server.stubFor(post(urlEqualTo(spec.stubPath()))
        .willReturn(aResponse().withStatus(spec.successStatus())
            .withHeader("Content-Type", "application/json")
            .withBody(JSON.writeValueAsString(body))));
  }

  /** The single request the test sent. */
  protected LoggedRequest onlyRequest() {
    List<LoggedRequest> requests = server.findAll(postRequestedFor(urlEqualTo(spec.stubPath())));
    assertThat(requests).hasSize(1);
    return requests.get(0);
  }

  /** The JSON body of the single request the test sent. */
  protected JsonNode sentBody() throws IOException {
    return JSON.readTree(onlyRequest().getBodyAsString());
  }
}
