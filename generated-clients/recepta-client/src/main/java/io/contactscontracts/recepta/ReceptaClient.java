package io.contactscontracts.recepta;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.contactscontracts.client.ApiKey;
import io.contactscontracts.client.BaseUrl;
import io.contactscontracts.recepta.api.ContactsApi;
import io.contactscontracts.recepta.invoker.ApiClient;

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
 */
public final class ReceptaClient {

  /** Base URL of the production API, as declared in the spec's {@code servers}. */
  public static final String PRODUCTION_BASE_URL = new ApiClient().getBasePath();

  /** Name of the spec's security scheme; users never need it. */
  private static final String SECURITY_SCHEME = "ApiKeyAuth";

  private final String baseUrl;
  private final ContactsApi contacts;

  private ReceptaClient(Builder builder) {
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

  /** Builds a {@link ReceptaClient}; only {@link #apiKey(String)} is required. */
  public static final class Builder {
    private String apiKey;
    private String baseUrl = PRODUCTION_BASE_URL;

    private Builder() {}

    /** The API key, sent as the {@code x-api-key} header (keys start with {@code rcp_}). */
    public Builder apiKey(String apiKey) {
      this.apiKey = apiKey;
      return this;
    }

    /**
     * Where to send requests, including the version path, e.g. {@code http://localhost:8082/api/v1} for
     * the mock server. Defaults to {@link #PRODUCTION_BASE_URL}.
     */
    public Builder baseUrl(String baseUrl) {
      this.baseUrl = BaseUrl.normalise(baseUrl);
      return this;
    }

    public ReceptaClient build() {
      ApiKey.require(apiKey, "Recepta", "rcp_…");
      return new ReceptaClient(this);
    }
  }
}
