package io.contactscontracts.mock.internal.http;

import com.github.tomakehurst.wiremock.extension.StubLifecycleListener;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The stubs users added to a service (mappings folder, admin API, Java API), kept up to date through WireMock's
 * stub lifecycle, so that {@link EmulationFilter} knows when it may answer a request itself: only when none of
 * them could match it. With no stubs of their own (the usual case) that costs one map look-up per request.
 */
final class UserStubs implements StubLifecycleListener {
  private final UUID catchAll;
  private final Map<UUID, StubMapping> stubs = new ConcurrentHashMap<>();

  UserStubs(UUID catchAll) {
    this.catchAll = catchAll;
  }

  boolean isEmpty() {
    return stubs.isEmpty();
  }

  /**
   * Whether a user's stub matches the request. Only the request pattern is asked: WireMock itself then decides
   * among them (priority, scenario state) and hands the request to the emulation's catch-all if none applies.
   */
  boolean anyMatches(Request request) {
    for (StubMapping stub : stubs.values()) {
      if (stub.getRequest() != null && stub.getRequest().match(request).isExactMatch()) {
        return true;
      }
    }
    return false;
  }

  @Override
  public void afterStubCreated(StubMapping stub) {
    if (!catchAll.equals(stub.getId())) {
      stubs.put(stub.getId(), stub);
    }
  }

  @Override
  public void afterStubEdited(StubMapping oldStub, StubMapping newStub) {
    stubs.remove(oldStub.getId());
    afterStubCreated(newStub);
  }

  @Override
  public void afterStubRemoved(StubMapping stub) {
    stubs.remove(stub.getId());
  }

  @Override
  public void beforeStubsReset() {
    stubs.clear();
  }

  @Override
  public void afterStubsReset() {
    stubs.clear();
  }

  @Override
  public String getName() {
    return "contacts-user-stubs";
  }
}
