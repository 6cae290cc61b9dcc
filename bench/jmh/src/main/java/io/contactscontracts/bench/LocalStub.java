package io.contactscontracts.bench;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.common.Slf4jNotifier;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import io.contactscontracts.mock.MockService;

/**
 * An in-process WireMock on a random loopback port with one static stub per service: POST on the create path
 * answers the spec's documented success example. The same stubs bench/run.sh gives standalone WireMock. The
 * request journal is off so that a long benchmark does not fill the heap.
 */
final class LocalStub implements AutoCloseable {
  private final WireMockServer server;

  private LocalStub(WireMockServer server) {
    this.server = server;
  }

  static LocalStub start() {
    WireMockServer server = new WireMockServer(options()
        .dynamicPort()
        .bindAddress("127.0.0.1")
        .jettyAcceptors(1)
        .disableRequestJournal()
        .notifier(new Slf4jNotifier(false)));
    server.start();
    for (MockService service : MockService.values()) {
      server.addStubMapping(StubMapping.buildFrom(SpecFixtures.of(service).wireMockStub().toString()));
    }
    return new LocalStub(server);
  }

  /** Base URL a client of the service is given: this server plus the spec's server path. */
  String baseUrl(SpecFixtures.CreateCall call) {
    return server.baseUrl() + call.basePath();
  }

  /** Full URL of the service's create call. */
  String url(SpecFixtures.CreateCall call) {
    return server.baseUrl() + call.path();
  }

  @Override
  public void close() {
    server.stop();
  }
}
