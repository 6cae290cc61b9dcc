package io.contactscontracts.recepta;

import io.contactscontracts.client.ClientBuilder;
import io.contactscontracts.client.ContactsClient;
import io.contactscontracts.client.spi.ClientSettings;
import io.contactscontracts.client.spi.ServiceProfile;
import io.contactscontracts.recepta.api.ContactsApi;
import io.contactscontracts.recepta.invoker.ServiceFacts;

/**
 * Entry point to the Recepta contacts API.
 *
 * <pre>{@code
 * ReceptaClient recepta = ReceptaClient.builder().apiKey(System.getenv("RECEPTA_API_KEY")).build();
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
 * ConnectionException}/{@code ApiTimeoutException} (no answer). Retries, timeouts, the transport,
 * headers, interceptors and metrics are set on the {@link Builder}; see {@link ClientBuilder}.
 */
public final class ReceptaClient extends ContactsClient<ContactsApi> {

  /** Base URL of the production API, as declared in the spec's {@code servers}. */
  public static final String PRODUCTION_BASE_URL = ServiceFacts.PRODUCTION_BASE_URL;

  private static final ServiceProfile RECEPTA =
      ServiceProfile.of("Recepta", ReceptaClient.class, ServiceFacts.INSTANCE, new ReceptaErrorBodies());

  private ReceptaClient(ClientSettings settings) {
    super(settings, ContactsApi.class);
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link ReceptaClient}; only {@link #apiKey(String)} is required. The key is sent in the
   * header the spec names ({@link ServiceFacts#KEY_HEADER}); a key without one of the documented
   * prefixes ({@link ServiceFacts#KEY_PREFIXES}) is accepted with a warning.
   */
  public static final class Builder extends ClientBuilder<Builder, ReceptaClient> {
    private Builder() {
      super(RECEPTA);
    }

    @Override
    protected ReceptaClient newClient(ClientSettings settings) {
      return new ReceptaClient(settings);
    }
  }
}
