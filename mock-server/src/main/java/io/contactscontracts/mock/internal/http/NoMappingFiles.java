package io.contactscontracts.mock.internal.http;

import com.github.tomakehurst.wiremock.standalone.MappingsSource;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import com.github.tomakehurst.wiremock.stubbing.StubMappings;
import java.util.List;

/**
 * Used when no mappings folder is configured: stubs live in memory only. Without it WireMock would read
 * {@code src/test/resources/mappings} of whatever directory the server happens to start in.
 */
public final class NoMappingFiles implements MappingsSource {
  @Override
  public void loadMappingsInto(StubMappings stubMappings) {
    // nothing to load
  }

  @Override
  public void save(List<StubMapping> stubMappings) {
    // kept in memory only
  }

  @Override
  public void save(StubMapping stubMapping) {
    // kept in memory only
  }

  @Override
  @SuppressWarnings("removal") // still abstract in WireMock 3's MappingsSaver, so it must be implemented
  public void remove(StubMapping stubMapping) {
    // kept in memory only
  }

  @Override
  public void removeAll() {
    // kept in memory only
  }
}
