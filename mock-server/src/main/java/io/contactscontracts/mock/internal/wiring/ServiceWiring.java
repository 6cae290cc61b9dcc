package io.contactscontracts.mock.internal.wiring;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.common.Slf4jNotifier;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.contactscontracts.mock.internal.admin.AdminAccess;
import io.contactscontracts.mock.internal.admin.AdminPolicy;
import io.contactscontracts.mock.internal.dashboard.Dashboard;
import io.contactscontracts.mock.internal.dashboard.PublicPage;
import io.contactscontracts.mock.internal.dashboard.RequestLog;
import io.contactscontracts.mock.internal.emulation.EmulatedService;
import io.contactscontracts.mock.internal.emulation.EmulationSettings;
import io.contactscontracts.mock.internal.emulation.ResponseValidationLog;
import io.contactscontracts.mock.internal.http.EmulationExtensions;
import io.contactscontracts.mock.internal.http.NoMappingFiles;
import io.contactscontracts.mock.internal.http.ServiceHttpServerFactory;
import io.contactscontracts.mock.internal.journal.BoundedJournalStore;
import io.contactscontracts.mock.internal.openapi.EmulatedSpec;
import io.contactscontracts.mock.internal.state.Workspaces;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where one emulated service is put together: its emulation and workspaces, and every part it adds to its
 * WireMock server (the filter that answers before WireMock, the catch-all stub and transformer, the admin API of
 * its contacts, the dashboard and its request log, the HTTP server factory, the bounded journal). The public
 * {@code ContactsMockServer} only configures and runs what this returns.
 */
public final class ServiceWiring {
  private static final Logger LOG = LoggerFactory.getLogger(ServiceWiring.class);

  private ServiceWiring() {}

  /**
   * How one service is to run.
   *
   * @param service the service's short name (e.g. {@code kejue}): its folder under {@code mappings}
   * @param displayName the name people read, e.g. {@code Kejue}
   * @param mappings the folder of users' stubs for all services, or null for none
   * @param journalSize requests WireMock's journal keeps, 0 for none
   * @param links every service of the mock and its port, for the dashboard's links (asked once listening)
   */
  public record Config(String service, String displayName, EmulatedSpec spec, int port, String bindAddress,
      Path mappings, int journalSize, long maxStoredBytes, EmulationSettings settings, ResponseValidationLog bugs,
      AdminAccess adminAccess, AdminPolicy adminPolicy, Supplier<List<Dashboard.Link>> links) {}

  /** A service put together: the emulation, its WireMock server, and the catch-all to install once it listens. */
  public record Wired(EmulatedService emulation, WireMockServer server, EmulationExtensions extensions) {
    /** Starts the server and installs the emulation's catch-all stub. */
    public void start() {
      server.start();
      extensions.stub().installOn(server);
    }
  }

  public static Wired wire(Config config) {
    EmulatedSpec spec = config.spec();
    EmulatedService emulated = new EmulatedService(config.displayName(), spec,
        new Workspaces(config.displayName(), config.maxStoredBytes()), config.settings(), config.bugs());
    EmulationExtensions extensions = new EmulationExtensions(emulated);
    RequestLog requestLog = new RequestLog(Optional.of(spec.facts().apiKeyHeader()), extensions.stub().id());
    Dashboard dashboard = new Dashboard(
        new Dashboard.Shown(config.service(), config.displayName(), spec.facts().sampleKey()), requestLog,
        spec.yaml(), spec.facts().basePath(), config.links());
    AdminAccess access = config.adminAccess();
    WireMockServer server = new WireMockServer(wireMockOptions(config, extensions)
        .httpServerFactory(new ServiceHttpServerFactory(emulated.earlyAnswers(), extensions,
            List.of(requestLog::add), config.adminPolicy()))
        .extensions(dashboard, requestLog)
        .adminAuthenticator(access.enabled() ? PublicPage.withPublicPage(access.authenticator())
            : access.authenticator()));
    return new Wired(emulated, server, extensions);
  }

  private static WireMockConfiguration wireMockOptions(Config config, EmulationExtensions extensions) {
    WireMockConfiguration options = options()
        .port(config.port())
        .bindAddress(config.bindAddress())
        // one acceptor is plenty for loopback and avoids Jetty's warning on 2-core machines
        .jettyAcceptors(1)
        .notifier(new Slf4jNotifier(false))
        // WireMock would format every request (headers, so API keys, and body) for a log line it then drops
        .stubRequestLoggingDisabled(true)
        .extensions(extensions);
    if (config.mappings() == null) {
      options.mappingSource(new NoMappingFiles());
    } else {
      Path root = config.mappings().resolve(config.service());
      if (Files.isDirectory(root)) {
        options.usingFilesUnderDirectory(root.toString());
      } else {
        LOG.info("No {} folder under {}: {} has no stubs of its own", root.getFileName(), config.mappings(),
            config.displayName());
        options.mappingSource(new NoMappingFiles());
      }
    }
    if (config.journalSize() == 0) {
      options.disableRequestJournal();
    } else {
      // bounded by the store itself, not by WireMock's maxRequestJournalEntries (which counts it per request)
      options.withStores(BoundedJournalStore.storesWith(options.filesRoot(), config.journalSize()));
    }
    return options;
  }
}
