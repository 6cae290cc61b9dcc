package io.contactscontracts.mock.internal.http;

import com.github.tomakehurst.wiremock.jetty.JettyFaultInjector;
import com.github.tomakehurst.wiremock.jetty11.Jetty11HttpUtils;
import io.contactscontracts.mock.internal.emulation.Reply;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Sends a {@link Reply} on a servlet response: the one way out for every answer the mock gives before WireMock
 * (the emulation's, the body guard's, Jetty's error pages').
 */
final class ReplyWriter {
  private static final Jetty11HttpUtils JETTY = new Jetty11HttpUtils();

  private ReplyWriter() {}

  /**
   * @param closeConnection whether the connection must close after the answer (the rest of the body was never
   *     read, so it cannot carry another request)
   */
  static void write(HttpServletResponse response, Reply reply, boolean closeConnection) throws IOException {
    if (reply.fault != null) {
      // WireMock's own fault injection, on this connection's socket
      reply.fault.apply(new JettyFaultInjector(response, JETTY));
      return;
    }
    response.setStatus(reply.status);
    reply.headers.forEach(response::setHeader);
    if (closeConnection) {
      response.setHeader("Connection", "close");
    }
    if (reply.body != null) {
      byte[] bytes = body(reply);
      response.setContentLength(bytes.length);
      response.getOutputStream().write(bytes);
    }
  }

  /** The reply's body as sent (UTF-8), for whoever writes it elsewhere (Jetty's error pages). */
  static byte[] body(Reply reply) {
    return reply.body == null ? new byte[0] : reply.body.getBytes(StandardCharsets.UTF_8);
  }
}
