package io.contactscontracts.kejue;

import io.contactscontracts.client.ClientBuilder;
import io.contactscontracts.client.ContactsClient;
import io.contactscontracts.client.spi.ClientSettings;
import io.contactscontracts.client.spi.ServiceProfile;
import io.contactscontracts.kejue.api.ContactsApi;
import io.contactscontracts.kejue.invoker.ServiceFacts;

/**
 * Entry point to the Kejue contacts API.
 *
 * <pre>{@code
 * KejueClient kejue = KejueClient.builder().apiKey(System.getenv("KEJUE_API_KEY")).build();
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
 * body) and {@code ConnectionException}/{@code ApiTimeoutException} (no answer). Retries, timeouts, the
 * transport, headers, interceptors and metrics are set on the {@link Builder}; see {@link ClientBuilder}.
 */
public final class KejueClient extends ContactsClient<ContactsApi> {

  /** Base URL of the production API, as declared in the spec's {@code servers}. */
  public static final String PRODUCTION_BASE_URL = ServiceFacts.PRODUCTION_BASE_URL;

  private static final ServiceProfile KEJUE =
      ServiceProfile.of("Kejue", KejueClient.class, ServiceFacts.INSTANCE, new KejueErrorBodies());

  private KejueClient(ClientSettings settings) {
    super(settings, ContactsApi.class);
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link KejueClient}; only {@link #apiKey(String)} is required. The key is sent in the header
   * the spec names ({@link ServiceFacts#KEY_HEADER}); a key without one of the documented prefixes
   * ({@link ServiceFacts#KEY_PREFIXES}) is accepted with a warning.
   */
  public static final class Builder extends ClientBuilder<Builder, KejueClient> {
    private Builder() {
      super(KEJUE);
    }

    @Override
    protected KejueClient newClient(ClientSettings settings) {
      return new KejueClient(settings);
    }
  }
}
