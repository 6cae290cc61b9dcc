package io.contactscontracts.spring;

import io.contactscontracts.client.ClientBuilder;
import io.contactscontracts.client.Transport;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** The {@code contacts.kejue.*} and {@code contacts.recepta.*} settings of the auto-configured clients. */
@ConfigurationProperties("contacts")
public class ContactsProperties {

  /** The Kejue client, created when contacts.kejue.api-key is set. */
  private final Service kejue = new Service();

  /** The Recepta client, created when contacts.recepta.api-key is set. */
  private final Service recepta = new Service();

  public Service getKejue() {
    return kejue;
  }

  public Service getRecepta() {
    return recepta;
  }

  /** One service's client settings; what is not set keeps the client builder's default. */
  public static class Service {

    /** API key; setting it creates the client. Keep it out of committed files (an environment variable, a vault). */
    private String apiKey;

    /** Base URL including the version path, e.g. the mock server's; the production URL from the spec if unset. */
    private String baseUrl;

    /** How long to wait for a connection. */
    private Duration connectTimeout = ClientBuilder.DEFAULT_CONNECT_TIMEOUT;

    /** How long to wait for the answer once the request is sent (never retried). */
    private Duration readTimeout = ClientBuilder.DEFAULT_READ_TIMEOUT;

    /** How many times a failed request may be retried (429, 503, connection not made); 0 turns retries off. */
    private int maxRetries = ClientBuilder.DEFAULT_MAX_RETRIES;

    /** The first backoff when the service gives no Retry-After; doubles on each retry, with jitter. */
    private Duration retryBackoff = ClientBuilder.DEFAULT_RETRY_BACKOFF;

    /** The longest wait before a retry; a longer Retry-After fails the call at once. */
    private Duration maxRetryDelay = ClientBuilder.DEFAULT_MAX_RETRY_DELAY;

    /** Also retry 500, 502, 504: this can create a contact twice. */
    private boolean retryServerErrors;

    /** The HTTP client requests are sent with. */
    private Transport transport = ClientBuilder.DEFAULT_TRANSPORT;

    /** Headers sent with every request, e.g. a correlation source; not the API key's header. */
    private Map<String, String> headers = new LinkedHashMap<>();

    public String getApiKey() {
      return apiKey;
    }

    public void setApiKey(String apiKey) {
      this.apiKey = apiKey;
    }

    public String getBaseUrl() {
      return baseUrl;
    }

    public void setBaseUrl(String baseUrl) {
      this.baseUrl = baseUrl;
    }

    public Duration getConnectTimeout() {
      return connectTimeout;
    }

    public void setConnectTimeout(Duration connectTimeout) {
      this.connectTimeout = connectTimeout;
    }

    public Duration getReadTimeout() {
      return readTimeout;
    }

    public void setReadTimeout(Duration readTimeout) {
      this.readTimeout = readTimeout;
    }

    public int getMaxRetries() {
      return maxRetries;
    }

    public void setMaxRetries(int maxRetries) {
      this.maxRetries = maxRetries;
    }

    public Duration getRetryBackoff() {
      return retryBackoff;
    }

    public void setRetryBackoff(Duration retryBackoff) {
      this.retryBackoff = retryBackoff;
    }

    public Duration getMaxRetryDelay() {
      return maxRetryDelay;
    }

    public void setMaxRetryDelay(Duration maxRetryDelay) {
      this.maxRetryDelay = maxRetryDelay;
    }

    public boolean isRetryServerErrors() {
      return retryServerErrors;
    }

    public void setRetryServerErrors(boolean retryServerErrors) {
      this.retryServerErrors = retryServerErrors;
    }

    public Transport getTransport() {
      return transport;
    }

    public void setTransport(Transport transport) {
      this.transport = transport;
    }

    public Map<String, String> getHeaders() {
      return headers;
    }

    public void setHeaders(Map<String, String> headers) {
      this.headers = headers;
    }

    @Override
    public String toString() {
      return "Service{baseUrl=" + baseUrl + ", apiKey=" + (apiKey == null ? "unset" : "<redacted>") + "}";
    }
  }
}
