package io.contactscontracts.mock.internal.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;

import com.github.tomakehurst.wiremock.core.Admin;
import com.github.tomakehurst.wiremock.extension.StubLifecycleListener;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The catch-all stub that hands every request no other stub matched to the {@link EmulationTransformer}.
 * It has the lowest priority, so users' stubs (mappings folder, admin API, Java API) win. WireMock drops
 * all stubs on a reset ({@code DELETE /__admin/mappings}, {@code POST /__admin/reset}); this listener puts
 * the catch-all back after each, so the emulation survives the resets test suites do.
 */
public final class EmulationStub implements StubLifecycleListener {
  /** WireMock's default priority is 5; lower numbers win. */
  static final int PRIORITY = 10_000;

  private final String service;
  private final UUID id;
  private final AtomicReference<Admin> admin = new AtomicReference<>();

  public EmulationStub(String service) {
    this.service = service;
    this.id = UUID.nameUUIDFromBytes(("contacts-mock-emulation:" + service).getBytes(StandardCharsets.UTF_8));
  }

  /** The catch-all's id, the same for every start of the service. */
  public UUID id() {
    return id;
  }

  /** Adds the catch-all to a started server and keeps it there across resets. */
  public void installOn(Admin server) {
    admin.set(server);
    server.addStubMapping(mapping());
  }

  StubMapping mapping() {
    return any(anyUrl())
        .atPriority(PRIORITY)
        .withId(id)
        .withName(service + " emulation (contacts-mock-server catch-all; your stubs take precedence)")
        .willReturn(aResponse().withTransformers(EmulationTransformer.NAME))
        .build();
  }

  @Override
  public void afterStubsReset() {
    Admin server = admin.get();
    if (server != null) {
      server.addStubMapping(mapping());
    }
  }

  @Override
  public String getName() {
    return "contacts-emulation-stub";
  }
}
