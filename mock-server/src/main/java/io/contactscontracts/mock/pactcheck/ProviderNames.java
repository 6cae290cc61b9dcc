package io.contactscontracts.mock.pactcheck;

import io.contactscontracts.mock.MockService;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Which service a pact's provider name means: a service's own names (enum name, display name, spec name),
 * case-insensitively, or an alias the user gave.
 */
final class ProviderNames {
  private final Map<String, MockService> names = new HashMap<>();

  ProviderNames(Map<String, MockService> aliases) {
    for (MockService service : MockService.values()) {
      names.put(key(service.name()), service);
      names.put(key(service.displayName()), service);
      names.put(key(service.spec().serviceName()), service);
    }
    aliases.forEach((alias, service) -> names.put(key(alias), service));
  }

  Optional<MockService> service(String providerName) {
    return Optional.ofNullable(names.get(key(providerName)));
  }

  /** A service named by the user, e.g. the {@code kejue} of {@code --provider-alias web-api=kejue}. */
  static MockService serviceNamed(String name) {
    return Optional.ofNullable(new ProviderNames(Map.of()).names.get(key(name)))
        .orElseThrow(() -> new IllegalArgumentException("'" + name + "' is not a service; expected one of " + known()));
  }

  static String known() {
    return Arrays.stream(MockService.values()).map(s -> s.spec().serviceName()).collect(Collectors.joining(", "));
  }

  private static String key(String name) {
    return name.trim().toLowerCase(Locale.ROOT);
  }
}
