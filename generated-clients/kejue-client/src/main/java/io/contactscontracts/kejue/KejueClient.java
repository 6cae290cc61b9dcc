package io.contactscontracts.kejue;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.contactscontracts.client.ApiKey;
import io.contactscontracts.client.BaseUrl;
import io.contactscontracts.kejue.api.ContactsApi;
import io.contactscontracts.kejue.invoker.ApiClient;

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
 */
public final class KejueClient {

  /** Base URL of the production API, as declared in the spec's {@code servers}. */
  public static final String PRODUCTION_BASE_URL = new ApiClient().getBasePath();

  /** Name of the spec's security scheme; users never need it. */
  private static final String SECURITY_SCHEME = "ApiKeyAuth";

  private final String baseUrl;
  private final ContactsApi contacts;

  private KejueClient(Builder builder) {
    this.baseUrl = builder.baseUrl;
    ApiClient apiClient = new ApiClient(SECURITY_SCHEME, builder.apiKey);
    // The encoder shares this mapper: unset (undefined) fields and nulls of non-nullable fields are dropped.
    apiClient.getObjectMapper().setSerializationInclusion(JsonInclude.Include.NON_NULL);
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

  /** Builds a {@link KejueClient}; only {@link #apiKey(String)} is required. */
  public static final class Builder {
    private String apiKey;
    private String baseUrl = PRODUCTION_BASE_URL;

    private Builder() {}

    /** The workspace API key, sent as the {@code X-API-Key} header (live keys look like {@code kej_live_…}). */
    public Builder apiKey(String apiKey) {
      this.apiKey = apiKey;
      return this;
    }

    /**
     * Where to send requests, including the version path, e.g. {@code http://localhost:8081/api/v1} for
     * the mock server. Defaults to {@link #PRODUCTION_BASE_URL}.
     */
    public Builder baseUrl(String baseUrl) {
      this.baseUrl = BaseUrl.normalise(baseUrl);
      return this;
    }

    public KejueClient build() {
      ApiKey.require(apiKey, "Kejue", "kej_live_…");
      return new KejueClient(this);
    }
  }
}
