package io.contactscontracts.mock.internal.http;

import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import io.contactscontracts.mock.internal.emulation.Answer;
import io.contactscontracts.mock.internal.emulation.EmulatedService;
import io.contactscontracts.mock.internal.journal.RecordedExchange;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Answers a service's requests before WireMock does, whenever no stub of the user's could match them: the
 * emulation's answer goes straight out, and the exchange is handed to the recorders (the request journal, the
 * dashboard's log) as it was taken. WireMock's own way, a catch-all stub and a transformer, costs a full
 * record of every request, stub matching and response rendering: about half of each request's time.
 *
 * <p>Requests a user's stub matches go on to WireMock untouched, which picks among the stubs as always (the
 * emulation's catch-all included); so do faults and {@code Prefer} answers of stubs, unchanged.
 */
final class EmulationFilter implements Filter {
  private final EmulatedService service;
  private final UserStubs userStubs;
  private final List<Consumer<RecordedExchange>> recorders;
  private final StubMapping catchAll;

  EmulationFilter(EmulatedService service, UserStubs userStubs, EmulationStub catchAll,
      List<Consumer<RecordedExchange>> recorders) {
    this.service = service;
    this.userStubs = userStubs;
    this.catchAll = catchAll.mapping();
    this.recorders = List.copyOf(recorders);
  }

  @Override
  public void doFilter(ServletRequest servletRequest, ServletResponse servletResponse, FilterChain chain)
      throws IOException, ServletException {
    HttpServletRequest request = (HttpServletRequest) servletRequest;
    HttpServletResponse response = (HttpServletResponse) servletResponse;
    long startedAt = System.currentTimeMillis();
    long started = System.nanoTime();
    ServletRequestView view = new ServletRequestView(request, request.getInputStream().readAllBytes());
    if (!userStubs.isEmpty() && userStubs.anyMatches(view.asWireMockRequest())) {
      chain.doFilter(request, response);
      return;
    }
    Answer answer;
    try {
      answer = service.respond(view);
    } catch (RuntimeException e) {
      // never Jetty's HTML error page: say plainly that the mock, not the request, is at fault
      answer = new Answer(service.mockFailure(view.method() + " " + view.url(), e), 0, null, null);
    }
    int processMs = (int) TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
    record(view, answer, startedAt, processMs);
    hold(answer.delayMs());
    ReplyWriter.write(response, answer.reply(), false);
  }

  /** Before the answer leaves, so that a client that got its answer finds it in the journal. */
  private void record(ServletRequestView view, Answer answer, long startedAt, int processMs) {
    if (recorders.isEmpty()) {
      return;
    }
    var reply = answer.reply();
    RecordedExchange exchange = new RecordedExchange(view.recorded(startedAt),
        new RecordedExchange.Response(reply.status, reply.headers, reply.body, reply.fault, answer.delayMs(), processMs),
        catchAll);
    for (Consumer<RecordedExchange> recorder : recorders) {
      recorder.accept(exchange);
    }
  }

  /** The latency asked for, on this request's thread, as WireMock holds a delayed stub's answer. */
  private static void hold(int delayMs) {
    if (delayMs <= 0) {
      return;
    }
    try {
      Thread.sleep(delayMs);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt(); // the server is stopping: answer now
    }
  }
}
