package io.contactscontracts.mock.internal.http;

import io.contactscontracts.mock.internal.emulation.Answer;
import io.contactscontracts.mock.internal.emulation.EmulatedService;

import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

/**
 * The WireMock extension that answers for the emulation stub. It applies only to that stub (not globally),
 * so stubs users add themselves are served by WireMock untouched. Most emulated requests never get here:
 * {@link EmulationFilter} answers them before WireMock; this is the way in when a user's stub could match the
 * request and WireMock chose the emulation all the same (say, a stub whose scenario is in another state).
 */
public final class EmulationTransformer implements ResponseDefinitionTransformerV2 {
  public static final String NAME = "contacts-emulation";

  private final EmulatedService service;

  public EmulationTransformer(EmulatedService service) {
    this.service = service;
  }

  @Override
  public ResponseDefinition transform(ServeEvent serveEvent) {
    try {
      Answer answer = service.respond(new WireMockRequestView(serveEvent.getRequest()));
      return answer.reply().toDefinition(answer.delayMs());
    } catch (RuntimeException e) {
      // Never Jetty's HTML error page: say plainly that the mock, not the request, is at fault.
      return service.mockFailure(serveEvent.getRequest().getMethod() + " " + serveEvent.getRequest().getUrl(), e)
          .toDefinition(0);
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
