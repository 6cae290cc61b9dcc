package io.contactscontracts.client;

import feign.RequestInterceptor;
import io.contactscontracts.client.internal.ApiKey;
import io.contactscontracts.client.internal.BaseUrl;
import io.contactscontracts.client.internal.CallMetrics;
import io.contactscontracts.client.internal.FeignSettings;
import io.contactscontracts.client.internal.RequestHooks;
import io.contactscontracts.client.internal.RetryPolicy;
import io.contactscontracts.client.spi.ClientSettings;
import io.contactscontracts.client.spi.ServiceProfile;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Options shared by the Kejue and Recepta client builders. Only {@link #apiKey(String)} is required.
 *
 * <p><b>Retries.</b> Creating a contact is not idempotent and neither API documents an idempotency key,
 * so by default the client retries only what cannot create a contact twice: HTTP 429 and 503 answers,
 * and connections that failed before the request was sent. It waits as long as the service's {@code
 * Retry-After} header asks (seconds or an HTTP date), otherwise an exponential backoff with jitter
 * starting at {@link #retryBackoff(Duration)}; if the service asks for longer than {@link
 * #maxRetryDelay(Duration)}, it does not wait but throws at once. A read timeout, a connection that broke
 * after sending, and other 5xx answers are not retried unless you opt in with {@link
 * #retryServerErrors(boolean)} (5xx only).
 *
 * <p><b>Headers and interceptors.</b> {@link #header(String, String)} and {@link
 * #requestInterceptor(RequestInterceptor)} add to every request, on each attempt, retries included; the
 * API key is added after them, so they can neither replace nor see (and log) it.
 *
 * @param <B> the concrete builder
 * @param <C> the client it builds
 */
public abstract class ClientBuilder<B extends ClientBuilder<B, C>, C> {
  public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(5);
  public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(30);
  public static final int DEFAULT_MAX_RETRIES = 2;
  public static final Duration DEFAULT_RETRY_BACKOFF = Duration.ofMillis(500);
  public static final Duration DEFAULT_MAX_RETRY_DELAY = Duration.ofSeconds(30);
  public static final Transport DEFAULT_TRANSPORT = Transport.OKHTTP;

  private final ServiceProfile service;
  private String apiKey;
  private String baseUrl;
  private Duration connectTimeout = DEFAULT_CONNECT_TIMEOUT;
  private Duration readTimeout = DEFAULT_READ_TIMEOUT;
  private int maxRetries = DEFAULT_MAX_RETRIES;
  private Duration retryBackoff = DEFAULT_RETRY_BACKOFF;
  private Duration maxRetryDelay = DEFAULT_MAX_RETRY_DELAY;
  private boolean retryServerErrors;
  private Transport transport = DEFAULT_TRANSPORT;
  private final Map<String, String> headers = new LinkedHashMap<>();
  private final List<RequestInterceptor> interceptors = new ArrayList<>();
  private MicrometerMetrics metrics;

  protected ClientBuilder(ServiceProfile service) {
    this.service = Objects.requireNonNull(service, "service");
    this.baseUrl = service.generated().productionBaseUrl();
  }

  /**
   * The API key, sent in the service's key header. A null or blank key fails {@link #build()}; a key
   * without the service's documented prefix is accepted with a warning in the log.
   */
  public B apiKey(String apiKey) {
    this.apiKey = apiKey;
    return self();
  }

  /**
   * Where to send requests, including the version path, e.g. {@code http://localhost:8081/api/v1} for
   * the mock server. Defaults to the production URL from the spec.
   */
  public B baseUrl(String baseUrl) {
    this.baseUrl = BaseUrl.normalise(baseUrl);
    return self();
  }

  /** How long to wait for a connection; default 5 s. A connect timeout is retried (nothing was sent). */
  public B connectTimeout(Duration connectTimeout) {
    this.connectTimeout = positive(connectTimeout, "connectTimeout");
    return self();
  }

  /**
   * How long to wait for the answer once the request is sent; default 30 s. A read timeout is never
   * retried: the contact may have been created.
   */
  public B readTimeout(Duration readTimeout) {
    this.readTimeout = positive(readTimeout, "readTimeout");
    return self();
  }

  /** How many times a failed request may be retried (so {@code n + 1} attempts at most); default 2, 0 turns retries off. */
  public B maxRetries(int maxRetries) {
    if (maxRetries < 0) {
      throw new IllegalArgumentException("maxRetries must be 0 or more, got " + maxRetries);
    }
    this.maxRetries = maxRetries;
    return self();
  }

  /**
   * The first backoff when the service gives no {@code Retry-After}; it doubles on each further retry,
   * and a random part of up to half of it is taken off (jitter). Default 500 ms.
   */
  public B retryBackoff(Duration initialBackoff) {
    this.retryBackoff = positive(initialBackoff, "retryBackoff");
    return self();
  }

  /**
   * The longest the client waits before a retry; default 30 s. Backoff is capped at it, and when the
   * service's {@code Retry-After} asks for longer, the client does not retry but throws at once (the
   * exception's {@code retryAfter()} tells when to try again).
   */
  public B maxRetryDelay(Duration maxRetryDelay) {
    this.maxRetryDelay = positive(maxRetryDelay, "maxRetryDelay");
    return self();
  }

  /**
   * Also retry 500, 502, 504 and other 5xx answers (503 is always retried). Off by default: a service
   * that fails after storing the contact answers 5xx too, and as neither API documents an idempotency
   * key, a retry can then <b>create the contact twice</b>. Turn it on only if duplicates are acceptable
   * or you deduplicate afterwards.
   */
  public B retryServerErrors(boolean retryServerErrors) {
    this.retryServerErrors = retryServerErrors;
    return self();
  }

  /** The HTTP client to send requests with; default {@link #DEFAULT_TRANSPORT} (see the README for why). */
  public B transport(Transport transport) {
    this.transport = Objects.requireNonNull(transport, "transport");
    return self();
  }

  /**
   * Sends a header with every request, e.g. a correlation id, a {@code User-Agent} or, against the mock
   * server, {@code Prefer: code=429}. Setting a header again replaces its value. The value is sent as it
   * is (no template expansion).
   *
   * @throws IllegalArgumentException for the API key's header (use {@link #apiKey(String)}), a blank
   *     name, a null value or a line break in the value
   */
  public B header(String name, String value) {
    RequestHooks.checkHeader(name, value, service.keyHeader());
    headers.keySet().removeIf(name::equalsIgnoreCase);
    headers.put(name, value);
    return self();
  }

  /**
   * Runs a Feign {@link RequestInterceptor} before each attempt of every request, retries included, in
   * the order added and after the {@linkplain #header(String, String) headers}. Each attempt starts from
   * the request as the call made it, so a header the interceptor adds is sent once per attempt with the
   * value of that attempt. The interceptor does not see the API key; one that sets the key's header
   * fails the call with an {@link IllegalArgumentException}.
   */
  public B requestInterceptor(RequestInterceptor interceptor) {
    interceptors.add(Objects.requireNonNull(interceptor, "interceptor"));
    return self();
  }

  /**
   * Records every call and retry in Micrometer meters (see {@link MicrometerMetrics} for their names and
   * tags): {@code .metrics(MicrometerMetrics.of(meterRegistry))}. Needs {@code micrometer-core} on the
   * classpath; without this call the client neither needs nor touches Micrometer.
   */
  public B metrics(MicrometerMetrics metrics) {
    this.metrics = Objects.requireNonNull(metrics, "metrics");
    return self();
  }

  /**
   * Builds the client.
   *
   * @throws IllegalStateException if no API key was set
   */
  public final C build() {
    ApiKey.require(apiKey, service.name(), service.keyPrefixes().isEmpty() ? "…" : service.keyPrefixes().get(0) + "…");
    ApiKey.warnIfUnexpectedFormat(apiKey, service);
    return newClient(new FeignSettings(service, apiKey, baseUrl, connectTimeout, readTimeout,
        new RetryPolicy(maxRetries, retryBackoff, maxRetryDelay, retryServerErrors), transport,
        new RequestHooks(headers, interceptors, service.keyHeader()),
        metrics == null ? CallMetrics.NONE : metrics.forService(service), Failures.INSTANCE));
  }

  /** Creates the client from checked settings. */
  protected abstract C newClient(ClientSettings settings);

  @SuppressWarnings("unchecked")
  private B self() {
    return (B) this;
  }

  private static Duration positive(Duration value, String name) {
    if (value == null || value.isZero() || value.isNegative()) {
      throw new IllegalArgumentException(name + " must be a positive duration, got " + value);
    }
    return value;
  }
}
