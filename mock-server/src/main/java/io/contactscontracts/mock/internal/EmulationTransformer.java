package io.contactscontracts.mock.internal;

import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

/**
 * The WireMock extension that answers for the emulation stub. It applies only to that stub (not globally),
 * so stubs users add themselves are served by WireMock untouched.
 */
public final class EmulationTransformer implements ResponseDefinitionTransformerV2 {
  public static final String NAME = "contacts-emulation";

  private final ServiceEmulator emulator;

  public EmulationTransformer(ServiceEmulator emulator) {
    this.emulator = emulator;
  }

  @Override
  public ResponseDefinition transform(ServeEvent serveEvent) {
    return emulator.respond(serveEvent.getRequest());
  }

  @Override
  public boolean applyGlobally() {
    return false;
  }

  @Override
  public String getName() {
    return NAME;
  }
}
