package io.contactscontracts.mock.internal.http;

import com.github.tomakehurst.wiremock.extension.Extension;
import com.github.tomakehurst.wiremock.extension.ExtensionFactory;
import com.github.tomakehurst.wiremock.extension.WireMockServices;
import io.contactscontracts.mock.internal.admin.ContactsAdminApi;
import io.contactscontracts.mock.internal.emulation.EmulatedService;
import java.util.List;
import java.util.Locale;

/**
 * Everything one emulated service adds to its WireMock server, in one place: the transformer that answers
 * for the emulation, the catch-all stub that routes unmatched requests to it, the transformer that keeps
 * WireMock's own headers off the answers, and the admin API of its stored contacts.
 */
public final class EmulationExtensions implements ExtensionFactory {
  private final EmulatedService service;
  private final EmulationStub stub;

  public EmulationExtensions(EmulatedService service) {
    this.service = service;
    this.stub = new EmulationStub(service.name());
  }

  /** The catch-all stub, to install once the server has started. */
  public EmulationStub stub() {
    return stub;
  }

  @Override
  public List<Extension> create(WireMockServices services) {
    return List.of(new EmulationTransformer(service), stub, new NoStubHeaders(),
        new ContactsAdminApi(service.name().toLowerCase(Locale.ROOT), service.workspaces(), service.spec().facts().apiKeyHeader()));
  }
}
