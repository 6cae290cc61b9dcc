package io.contactscontracts.mock.internal.http;

import com.github.tomakehurst.wiremock.extension.Extension;
import com.github.tomakehurst.wiremock.extension.ExtensionFactory;
import com.github.tomakehurst.wiremock.extension.WireMockServices;
import io.contactscontracts.mock.internal.admin.ContactsAdminApi;
import io.contactscontracts.mock.internal.emulation.EmulatedService;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import io.contactscontracts.mock.internal.journal.RecordedExchange;

/**
 * Everything one emulated service adds to its WireMock server, in one place: the filter that answers for the
 * emulation before WireMock, the users' stubs it steps aside for, the catch-all stub and transformer that
 * answer for it when WireMock routes a request there, the transformer that keeps WireMock's own headers off
 * the answers, and the admin API of its stored contacts.
 */
public final class EmulationExtensions implements ExtensionFactory {
  private final EmulatedService service;
  private final EmulationStub stub;
  private final UserStubs userStubs;

  public EmulationExtensions(EmulatedService service) {
    this.service = service;
    this.stub = new EmulationStub(service.name());
    this.userStubs = new UserStubs(stub.id());
  }

  /** The filter that answers the service's requests before WireMock, recording each exchange with these. */
  EmulationFilter filter(List<Consumer<RecordedExchange>> recorders) {
    return new EmulationFilter(service, userStubs, stub, recorders);
  }

  /** The catch-all stub, to install once the server has started. */
  public EmulationStub stub() {
    return stub;
  }

  @Override
  public List<Extension> create(WireMockServices services) {
    return List.of(new EmulationTransformer(service), stub, userStubs, new NoStubHeaders(),
        new ContactsAdminApi(service.name().toLowerCase(Locale.ROOT), service.workspaces(), service.spec().facts().apiKeyHeader()));
  }
}
