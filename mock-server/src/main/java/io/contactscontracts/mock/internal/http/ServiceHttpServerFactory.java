package io.contactscontracts.mock.internal.http;

import io.contactscontracts.mock.internal.admin.AdminPolicy;
import io.contactscontracts.mock.internal.admin.AdminRequestGuard;
import io.contactscontracts.mock.internal.emulation.Reply;
import io.contactscontracts.mock.internal.emulation.EarlyAnswers;

import com.github.tomakehurst.wiremock.core.Options;
import com.github.tomakehurst.wiremock.http.AdminRequestHandler;
import com.github.tomakehurst.wiremock.http.HttpServer;
import com.github.tomakehurst.wiremock.http.HttpServerFactory;
import com.github.tomakehurst.wiremock.http.StubRequestHandler;
import com.github.tomakehurst.wiremock.jetty11.Jetty11HttpServer;
import jakarta.servlet.DispatcherType;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Consumer;
import io.contactscontracts.mock.internal.journal.BoundedJournalStore;
import io.contactscontracts.mock.internal.journal.RecordedExchange;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.servlet.FilterHolder;
import org.eclipse.jetty.servlet.ServletContextHandler;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * Builds a service's Jetty server the way WireMock does, with two additions: filters in front of WireMock
 * ({@link RequestBodyGuard} on the service's paths, {@link LenientQueryStrings} there and on the admin API),
 * and the service's error shape (instead of Jetty's HTML page)
 * for requests Jetty rejects before any handler runs: a malformed request line or URI, or headers or a
 * target too long (400, 414, 431).
 */
public final class ServiceHttpServerFactory implements HttpServerFactory {
  /**
   * Request threads per service (Jetty's own default maximum; WireMock's is 25). A request whose body is slow
   * to arrive holds its thread while it is read, so with WireMock's 25 about 20 stalled uploads froze the
   * server for everyone. Jetty starts threads only as they are needed and ends idle ones after a minute.
   */
  static final int MAX_THREADS = 200;
  /**
   * How long a request may wait for the next bytes of its body (or a slow reader for its answer) before Jetty
   * gives up on it: a client that stops sending then costs its connection for 5 s, not a thread for 30 s
   * (Jetty's connection idle timeout, which still applies between requests on a kept-alive connection).
   */
  static final long REQUEST_IDLE_TIMEOUT_MS = 5_000;
  /**
   * The slowest a body may arrive, once it has started: the same floor Kestrel applies (240 B/s). A client
   * dribbling a byte at a time is refused with 408 instead of holding a thread for as long as it likes; any
   * real client, on any network, sends faster.
   */
  static final long MIN_REQUEST_DATA_RATE = 240;

  private final EarlyAnswers answers;
  private final EmulationExtensions emulation;
  private final List<Consumer<RecordedExchange>> recorders;
  private final AdminPolicy adminPolicy;

  /**
   * @param recorders what keeps the exchanges the emulation answers itself (the dashboard's log); the request
   *     journal, unless turned off, is added here from WireMock's options
   */
  public ServiceHttpServerFactory(EarlyAnswers answers, EmulationExtensions emulation,
      List<Consumer<RecordedExchange>> recorders, AdminPolicy adminPolicy) {
    this.answers = answers;
    this.emulation = emulation;
    this.recorders = List.copyOf(recorders);
    this.adminPolicy = adminPolicy;
  }

  @Override
  public HttpServer buildHttpServer(Options options, AdminRequestHandler adminRequestHandler,
      StubRequestHandler stubRequestHandler) {
    return new ServiceJettyServer(options, adminRequestHandler, stubRequestHandler);
  }

  /**
   * WireMock calls the decorating methods from its constructor, before this class's fields exist, so they
   * find the factory (and through it the early answers) in the options.
   */
  private static final class ServiceJettyServer extends Jetty11HttpServer {
    ServiceJettyServer(Options options, AdminRequestHandler adminRequestHandler, StubRequestHandler stubRequestHandler) {
      super(options, adminRequestHandler, stubRequestHandler);
    }

    private static EarlyAnswers answers(Options options) {
      return factory(options).answers;
    }

    private static ServiceHttpServerFactory factory(Options options) {
      return (ServiceHttpServerFactory) options.httpServerFactory();
    }

    /** The emulation's own filter, recording into the journal (unless it is off) and the factory's recorders. */
    private static EmulationFilter emulationFilter(Options options) {
      ServiceHttpServerFactory factory = factory(options);
      List<Consumer<RecordedExchange>> recorders = new ArrayList<>(factory.recorders);
      if (!options.requestJournalDisabled()
          && options.getStores().getRequestJournalStore() instanceof BoundedJournalStore journal) {
        recorders.add(journal::add);
      }
      return factory.emulation.filter(recorders);
    }

    @Override
    protected Server createServer(Options options) {
      Server server = super.createServer(options);
      if (server.getThreadPool() instanceof QueuedThreadPool pool) {
        pool.setMaxThreads(Math.max(pool.getMaxThreads(), MAX_THREADS));
      }
      return server;
    }

    @Override
    protected void applyAdditionalServerConfiguration(Server jettyServer, Options options) {
      super.applyAdditionalServerConfiguration(jettyServer, options);
      jettyServer.setErrorHandler(new JsonErrorPages(answers(options)));
      for (Connector connector : jettyServer.getConnectors()) {
        HttpConnectionFactory http = connector.getConnectionFactory(HttpConnectionFactory.class);
        if (http != null) {
          HttpConfiguration config = http.getHttpConfiguration();
          config.setIdleTimeout(REQUEST_IDLE_TIMEOUT_MS);
          config.setMinRequestDataRate(MIN_REQUEST_DATA_RATE);
          // a request whose body has not started yet waits without a thread (Jetty's default, stated here)
          config.setDelayDispatchUntilContent(true);
        }
      }
    }

    @Override
    protected void decorateMockServiceContextBeforeConfig(ServletContextHandler mockServiceContext) {
      mockServiceContext.addFilter(new FilterHolder(new LenientQueryStrings()), "/*", EnumSet.of(DispatcherType.REQUEST));
      mockServiceContext.addFilter(new FilterHolder(new RequestBodyGuard(answers(options))), "/*",
          EnumSet.of(DispatcherType.REQUEST));
      mockServiceContext.addFilter(new FilterHolder(emulationFilter(options)), "/*", EnumSet.of(DispatcherType.REQUEST));
    }

    @Override
    protected void decorateAdminServiceContextBeforeConfig(ServletContextHandler adminServiceContext) {
      // keeps web pages out of the admin API: first in the chain, before WireMock sees the request
      AdminRequestGuard.install(adminServiceContext, factory(options).adminPolicy);
      adminServiceContext.addFilter(new FilterHolder(new LenientQueryStrings()), "/*", EnumSet.of(DispatcherType.REQUEST));
    }

    @Override
    protected void decorateAdminServiceContextAfterConfig(ServletContextHandler adminServiceContext) {
      AdminRequestGuard.removeWireMockCors(adminServiceContext); // WireMock grants CORS to any origin
    }
  }

  /** The service's plain error body for requests Jetty refuses while parsing them. */
  private static final class JsonErrorPages extends ErrorHandler {
    private final EarlyAnswers answers;

    JsonErrorPages(EarlyAnswers answers) {
      this.answers = answers;
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
      // the standard phrase: Jetty's reason names its own parser's internals
      String message = HttpStatus.getMessage(status);
      Reply reply = Reply.unspecified(status, answers.plainError(message == null ? "HTTP " + status : message));
      reply.headers.forEach(fields::put);
      return ByteBuffer.wrap(ReplyWriter.body(reply));
    }
  }
}
