package io.contactscontracts.client;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.slf4j.LoggerFactory;

/**
 * Records every log event of a test, with the loggers a client can write to (its own, Feign's, OkHttp's)
 * raised to TRACE. Register it with {@code @RegisterExtension}.
 */
public final class LogCapture implements BeforeEachCallback, AfterEachCallback {
  private static final List<String> CLIENT_LOGGERS = List.of("io.contactscontracts", "feign", "okhttp3");

  private final ListAppender<ILoggingEvent> appender = new ListAppender<>();
  private final Map<Logger, Level> previousLevels = new HashMap<>();

  @Override
  public void beforeEach(ExtensionContext context) {
    LoggerContext loggers = (LoggerContext) LoggerFactory.getILoggerFactory();
    for (String name : CLIENT_LOGGERS) {
      Logger logger = loggers.getLogger(name);
      previousLevels.put(logger, logger.getLevel());
      logger.setLevel(Level.TRACE);
    }
    appender.list.clear();
    appender.setContext(loggers);
    appender.start();
    loggers.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).addAppender(appender);
  }

  @Override
  public void afterEach(ExtensionContext context) {
    LoggerContext loggers = (LoggerContext) LoggerFactory.getILoggerFactory();
    loggers.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).detachAppender(appender);
    appender.stop();
    previousLevels.forEach(Logger::setLevel);
    previousLevels.clear();
  }

  /** Every recorded event. */
  public List<ILoggingEvent> events() {
    return List.copyOf(appender.list);
  }

  /** The formatted message of each event at {@code level} from loggers whose name starts with {@code prefix}. */
  public List<String> messages(Level level, String loggerPrefix) {
    return appender.list.stream()
        .filter(e -> e.getLevel().equals(level) && e.getLoggerName().startsWith(loggerPrefix))
        .map(ILoggingEvent::getFormattedMessage)
        .collect(Collectors.toList());
  }

  /** Everything an appender could print for each event: logger, message, arguments and stack trace. */
  public List<String> everythingLogged() {
    return appender.list.stream().map(LogCapture::render).collect(Collectors.toList());
  }

  private static String render(ILoggingEvent e) {
    StringBuilder text = new StringBuilder(e.getLoggerName()).append(' ').append(e.getFormattedMessage());
    if (e.getArgumentArray() != null) {
      for (Object argument : e.getArgumentArray()) {
        text.append(' ').append(argument);
      }
    }
    if (e.getThrowableProxy() != null) {
      text.append('\n').append(ThrowableProxyUtil.asString(e.getThrowableProxy()));
    }
    e.getMDCPropertyMap().forEach((k, v) -> text.append(' ').append(k).append('=').append(v));
    return text.toString();
  }
}
