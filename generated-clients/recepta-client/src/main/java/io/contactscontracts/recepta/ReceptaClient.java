package io.contactscontracts.recepta;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.contactscontracts.client.ClientBuilder;
import io.contactscontracts.client.ClientSettings;
import io.contactscontracts.client.ServiceProfile;
import io.contactscontracts.recepta.api.ContactsApi;
import io.contactscontracts.recepta.invoker.ApiClient;
import io.contactscontracts.recepta.invoker.ApiResponseDecoder;
import io.contactscontracts.recepta.invoker.auth.ApiKeyAuth;
import java.util.List;

/**
 * Entry point to the Recepta contacts API.
 *
 * <pre>{@code
 * ReceptaClient recepta = ReceptaClient.builder().apiKey("rcp_...").build();
 * Client created = recepta.contacts()
 *     .createContact(new ContactCreateRequest().firstName("Jane"))
 *     .getData().getClient();
 * }</pre>
 *
 * <p>Fields left unset on a request model are omitted from the JSON body, except {@code source}, which
 * the generated model initialises to the documented default {@code API}; set it to {@code null} to omit it.
 *
 * <p>Every failure is a {@link io.contactscontracts.client.ContactsApiException}: {@code
 * AuthenticationException} (401), {@code ValidationException} (400, with Recepta's {@code message}),
 * {@code RateLimitException} (429), {@code ServerException} (5xx), {@code RequestRejectedException}
 * (other statuses), {@code ResponseDecodingException} (unreadable success body) and {@code
 * ConnectionException}/{@code ApiTimeoutException} (no answer). Retries, timeouts and the transport are
 * set on the {@link Builder}; see {@link ClientBuilder} for the retry policy.
 */
public final class ReceptaClient {

  /** Name of the spec's security scheme; users never need it. */
  private static final String SECURITY_SCHEME = "ApiKeyAuth";

  /** A generated client with the spec's defaults: production URL, key header, object mapper. */
  private static final ApiClient SPEC_DEFAULTS = new ApiClient(SECURITY_SCHEME);

  /** Base URL of the production API, as declared in the spec's {@code servers}. */
  public static final String PRODUCTION_BASE_URL = SPEC_DEFAULTS.getBasePath();

  private static final ServiceProfile RECEPTA = ServiceProfile.of(
      "Recepta",
      ReceptaClient.class,
      ((ApiKeyAuth) SPEC_DEFAULTS.getAuthorization(SECURITY_SCHEME)).getParamName(),
      List.of("rcp_"),
      new ReceptaErrorBodies(SPEC_DEFAULTS.getObjectMapper()));

  private final String baseUrl;
  private final ContactsApi contacts;

  private ReceptaClient(ClientSettings settings) {
    this.baseUrl = settings.baseUrl();
    ApiClient apiClient = new ApiClient(SECURITY_SCHEME, settings.apiKey());
    // The encoder shares this mapper: unset (undefined) fields and nulls of non-nullable fields are dropped.
    apiClient.getObjectMapper().setSerializationInclusion(JsonInclude.Include.NON_NULL);
    settings.applyTo(apiClient.getFeignBuilder(), new ApiResponseDecoder(apiClient.getObjectMapper()));
    apiClient.setBasePath(baseUrl);
    this.contacts = apiClient.buildClient(ContactsApi.class);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The contacts operations. */
  public ContactsApi contacts() {
    return contacts;
  }

  /** The base URL this client sends requests to. */
  public String baseUrl() {
    return baseUrl;
  }

  /**
   * Builds a {@link ReceptaClient}; only {@link #apiKey(String)} is required. The key is sent as the
   * {@code x-api-key} header; keys start with {@code rcp_}.
   */
  public static final class Builder extends ClientBuilder<Builder, ReceptaClient> {
    private Builder() {
      super(RECEPTA, PRODUCTION_BASE_URL);
    }

    @Override
    protected ReceptaClient newClient(ClientSettings settings) {
      return new ReceptaClient(settings);
    }
  }
}
