package io.contactscontracts.kejue;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.contactscontracts.client.ClientBuilder;
import io.contactscontracts.client.ClientSettings;
import io.contactscontracts.client.ServiceProfile;
import io.contactscontracts.kejue.api.ContactsApi;
import io.contactscontracts.kejue.invoker.ApiClient;
import io.contactscontracts.kejue.invoker.ApiResponseDecoder;
import io.contactscontracts.kejue.invoker.auth.ApiKeyAuth;
import java.util.List;

/**
 * Entry point to the Kejue contacts API.
 *
 * <pre>{@code
 * KejueClient kejue = KejueClient.builder().apiKey("kej_live_...").build();
 * Contact created = kejue.contacts().createContact(new ContactCreate().firstName("Ada"));
 * }</pre>
 *
 * <p>Fields left unset on a request model are omitted from the JSON body; a field set to {@code null}
 * explicitly is sent as {@code null}.
 *
 * <p>Every failure is a {@link io.contactscontracts.client.ContactsApiException}: {@code
 * AuthenticationException} (401), {@code ValidationException} (422, with Kejue's {@code detail} list as
 * {@code violations()}), {@code RateLimitException} (429), {@code ServerException} (5xx), {@code
 * RequestRejectedException} (other statuses), {@code ResponseDecodingException} (unreadable success
 * body) and {@code ConnectionException}/{@code ApiTimeoutException} (no answer). Retries, timeouts and
 * the transport are set on the {@link Builder}; see {@link ClientBuilder} for the retry policy.
 */
public final class KejueClient {

  /** Name of the spec's security scheme; users never need it. */
  private static final String SECURITY_SCHEME = "ApiKeyAuth";

  /** A generated client with the spec's defaults: production URL, key header, object mapper. */
  private static final ApiClient SPEC_DEFAULTS = new ApiClient(SECURITY_SCHEME);

  /** Base URL of the production API, as declared in the spec's {@code servers}. */
  public static final String PRODUCTION_BASE_URL = SPEC_DEFAULTS.getBasePath();

  private static final ServiceProfile KEJUE = ServiceProfile.of(
      "Kejue",
      KejueClient.class,
      ((ApiKeyAuth) SPEC_DEFAULTS.getAuthorization(SECURITY_SCHEME)).getParamName(),
      List.of("kej_live_", "kej_test_"),
      new KejueErrorBodies(SPEC_DEFAULTS.getObjectMapper()));

  private final String baseUrl;
  private final ContactsApi contacts;

  private KejueClient(ClientSettings settings) {
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
   * Builds a {@link KejueClient}; only {@link #apiKey(String)} is required. The key is sent as the
   * {@code X-API-Key} header; live keys look like {@code kej_live_…}, test keys {@code kej_test_…}.
   */
  public static final class Builder extends ClientBuilder<Builder, KejueClient> {
    private Builder() {
      super(KEJUE, PRODUCTION_BASE_URL);
    }

    @Override
    protected KejueClient newClient(ClientSettings settings) {
      return new KejueClient(settings);
    }
  }
}
