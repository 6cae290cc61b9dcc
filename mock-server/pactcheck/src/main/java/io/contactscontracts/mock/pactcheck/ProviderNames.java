package io.contactscontracts.mock.pactcheck;

import io.contactscontracts.specs.ApiSpec;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Which service a pact's provider name means: a service's own names (enum name, service name, e.g. KEJUE and
 * kejue), case-insensitively, or an alias the user gave.
 */
final class ProviderNames {
  private final Map<String, ApiSpec> names = new HashMap<>();

  ProviderNames(Map<String, ApiSpec> aliases) {
    for (ApiSpec service : ApiSpec.values()) {
      names.put(key(service.name()), service);
      names.put(key(service.serviceName()), service);
    }
    aliases.forEach((alias, service) -> names.put(key(alias), service));
  }

  Optional<ApiSpec> service(String providerName) {
    return Optional.ofNullable(names.get(key(providerName)));
  }

  /** A service named by the user, e.g. the {@code kejue} of {@code --provider-alias web-api=kejue}. */
  static ApiSpec serviceNamed(String name) {
    return Optional.ofNullable(new ProviderNames(Map.of()).names.get(key(name)))
        .orElseThrow(() -> new IllegalArgumentException("'" + name + "' is not a service; expected one of " + known()));
  }

  static String known() {
    return Arrays.stream(ApiSpec.values()).map(ApiSpec::serviceName).collect(Collectors.joining(", "));
  }

  private static String key(String name) {
    return name.trim().toLowerCase(Locale.ROOT);
  }
}
