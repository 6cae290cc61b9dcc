package io.contactscontracts.mock.internal.http;

import io.contactscontracts.mock.internal.emulation.Reply;
import io.contactscontracts.mock.internal.emulation.EarlyAnswers;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeoutException;
import org.eclipse.jetty.http.BadMessageException;
import org.eclipse.jetty.http.HttpStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads each request body before the emulation or WireMock does, as the body parser in front of each service
 * reads it before anything else runs ({@link BoundedBody}: 413 beyond the limit, gzip undone within it), and
 * hands on only what WireMock can handle ({@link ContentTypeCleaner}). A body that stops arriving, or arrives
 * too slowly, is answered 408, and anything that still fails further on is answered as the mock's own bug, in
 * JSON: never Jetty's HTML page.
 */
final class RequestBodyGuard implements Filter {
  private static final Logger LOG = LoggerFactory.getLogger(RequestBodyGuard.class);

  private final EarlyAnswers answers;
  private final int limit;

  RequestBodyGuard(EarlyAnswers answers) {
    this.answers = answers;
    this.limit = answers.bodyLimitBytes();
  }

  @Override
  public void doFilter(ServletRequest servletRequest, ServletResponse servletResponse, FilterChain chain)
      throws IOException, ServletException {
    HttpServletRequest request = (HttpServletRequest) servletRequest;
    HttpServletResponse response = (HttpServletResponse) servletResponse;
    Optional<HttpServletRequest> guarded;
    try {
      guarded = guard(request, response);
    } catch (BadMessageException e) {
      // e.g. a broken chunked encoding, or a body arriving slower than the minimum data rate (408), found while
      // reading: the service's shape, not Jetty's HTML page
      refuse(response, e.getCode());
      return;
    } catch (IOException e) {
      if (!causedByTimeout(e)) {
        throw e; // the connection failed; nothing can be answered
      }
      // the body stopped arriving for longer than the request idle timeout: 408, as a proxy in front would
      refuse(response, HttpStatus.REQUEST_TIMEOUT_408);
      return;
    }
    if (guarded.isEmpty()) {
      return;
    }
    try {
      chain.doFilter(guarded.get(), response);
    } catch (IOException e) {
      throw e; // the connection failed; nothing can be answered
    } catch (Exception e) { // WireMock rethrows some checked exceptions unchecked
      if (response.isCommitted()) {
        throw e;
      }
      ReplyWriter.write(response, answers.mockFailure(request.getMethod() + " " + request.getRequestURI(), e), false);
    }
  }

  /** The service's answer to a body that could not be read; a client that has gone by then gets nothing. */
  private void refuse(HttpServletResponse response, int status) {
    try {
      ReplyWriter.write(response, Reply.unspecified(status, answers.plainError(HttpStatus.getMessage(status))), true);
    } catch (IOException e) {
      LOG.debug("The client left before its {} answer could be sent: {}", status, e.toString());
    }
  }

  private static boolean causedByTimeout(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof TimeoutException) {
        return true;
      }
    }
    return false;
  }

  /** The request WireMock may see, or empty when the guard has answered it. */
  private Optional<HttpServletRequest> guard(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String path = request.getRequestURI();
    BoundedBody.Read read = BoundedBody.read(request, limit);
    if (read.problem() != null) {
      Reply refusal = read.problem() == BoundedBody.Problem.UNDECODABLE
          ? answers.undecodableBody(path, request.getMethod()) : answers.bodyTooLarge(path, request.getMethod());
      ReplyWriter.write(response, refusal, read.problem() == BoundedBody.Problem.TOO_LARGE_UNREAD);
      return Optional.empty();
    }
    Map<String, String> replaced = new HashMap<>();
    if (read.inflated()) {
      replaced.put("content-encoding", null);
    }
    String contentType = request.getContentType();
    if (contentType != null) {
      String safe = ContentTypeCleaner.safe(contentType, read.body());
      if (!safe.equals(contentType)) {
        replaced.put("content-type", safe);
      }
    }
    return Optional.of(new GuardedRequest(request, read.body(), replaced));
  }
}
