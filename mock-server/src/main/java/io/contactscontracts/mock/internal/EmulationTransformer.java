package io.contactscontracts.mock.internal;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The WireMock extension that answers for the emulation stub. It applies only to that stub (not globally),
 * so stubs users add themselves are served by WireMock untouched.
 */
public final class EmulationTransformer implements ResponseDefinitionTransformerV2 {
  public static final String NAME = "contacts-emulation";
  private static final Logger LOG = LoggerFactory.getLogger(EmulationTransformer.class);

  private final ServiceEmulator emulator;

  public EmulationTransformer(ServiceEmulator emulator) {
    this.emulator = emulator;
  }

  @Override
  public ResponseDefinition transform(ServeEvent serveEvent) {
    try {
      return emulator.respond(serveEvent.getRequest());
    } catch (RuntimeException e) {
      // Never Jetty's HTML error page: say plainly that the mock, not the request, is at fault.
      LOG.error("MOCK BUG: the {} emulation failed on {} {}", emulator.spec().name(),
          serveEvent.getRequest().getMethod(), serveEvent.getRequest().getUrl(), e);
      emulator.recordBug(emulator.spec().name() + " " + serveEvent.getRequest().getMethod() + " "
          + serveEvent.getRequest().getUrl() + " failed inside the mock: " + e);
      return ResponseDefinitionBuilder.responseDefinition()
          .withStatus(500)
          .withHeader("Content-Type", "application/json")
          .withHeader("X-Contacts-Mock-Error", "internal")
          .withBody(Reply.write(JsonNodeFactory.instance.objectNode()
              .put("mock_error", "contacts-mock-server bug: " + e + ". Please report this with the server log.")))
          .build();
    }
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
