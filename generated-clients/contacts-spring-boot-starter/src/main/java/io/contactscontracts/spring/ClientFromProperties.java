package io.contactscontracts.spring;

import io.contactscontracts.client.ClientBuilder;
import java.util.function.Consumer;
import org.springframework.beans.factory.ObjectProvider;

/** Builds a client from one service's properties, naming the property the builder refuses. */
final class ClientFromProperties {
  private ClientFromProperties() {}

  static <B extends ClientBuilder<B, C>, C> C build(String prefix, ContactsProperties.Service properties, B builder,
      ObjectProvider<ContactsClientCustomizer> customizers) {
    apply(prefix + ".api-key", properties.getApiKey(), builder::apiKey);
    if (properties.getBaseUrl() != null) {
      apply(prefix + ".base-url", properties.getBaseUrl(), builder::baseUrl);
    }
    apply(prefix + ".connect-timeout", properties.getConnectTimeout(), builder::connectTimeout);
    apply(prefix + ".read-timeout", properties.getReadTimeout(), builder::readTimeout);
    apply(prefix + ".max-retries", properties.getMaxRetries(), builder::maxRetries);
    apply(prefix + ".retry-backoff", properties.getRetryBackoff(), builder::retryBackoff);
    apply(prefix + ".max-retry-delay", properties.getMaxRetryDelay(), builder::maxRetryDelay);
    apply(prefix + ".retry-server-errors", properties.isRetryServerErrors(), builder::retryServerErrors);
    apply(prefix + ".transport", properties.getTransport(), builder::transport);
    properties.getHeaders().forEach((name, value) ->
        apply(prefix + ".headers[" + name + "]", value, v -> builder.header(name, v)));
    customizers.orderedStream().forEach(customizer -> customizer.customize(builder));
    try {
      return builder.build();
    } catch (IllegalStateException missingKey) {
      throw new InvalidContactsPropertyException(prefix + ".api-key", missingKey);
    }
  }

  private static <T> void apply(String property, T value, Consumer<T> setter) {
    try {
      setter.accept(value);
    } catch (IllegalArgumentException | NullPointerException refused) {
      throw new InvalidContactsPropertyException(property, refused);
    }
  }
}
