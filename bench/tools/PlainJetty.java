import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.AbstractHandler;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * The physical limit of this machine for the benchmark's requests: the Jetty that WireMock and the mock server run
 * on (taken from the mock server's jar), answering every request with the fixed bytes of a WireMock static stub
 * (status, headers, body), after reading the request body, and nothing else. One acceptor and up to 200 threads, as
 * the mock server. Run with Java's single-file launcher:
 * {@code java -cp contacts-mock-server.jar bench/tools/PlainJetty.java PORT STUB.json}.
 */
public final class PlainJetty {
  public static void main(String[] args) throws Exception {
    if (args.length != 2) {
      System.err.println("usage: java -cp contacts-mock-server.jar PlainJetty.java PORT STUB.json");
      System.exit(2);
    }
    JsonNode response = new ObjectMapper().readTree(Path.of(args[1]).toFile()).get("response");
    int status = response.get("status").asInt();
    byte[] body = response.path("body").asText("").getBytes(StandardCharsets.UTF_8);
    JsonNode headers = response.path("headers");

    QueuedThreadPool threads = new QueuedThreadPool(200);
    Server server = new Server(threads);
    ServerConnector connector = new ServerConnector(server, 1, -1);
    connector.setHost("127.0.0.1");
    connector.setPort(Integer.parseInt(args[0]));
    server.addConnector(connector);
    server.setHandler(new AbstractHandler() {
      @Override
      public void handle(String target, Request base, HttpServletRequest request, HttpServletResponse out)
          throws IOException {
        request.getInputStream().readAllBytes();
        out.setStatus(status);
        for (Iterator<Map.Entry<String, JsonNode>> it = headers.fields(); it.hasNext(); ) {
          Map.Entry<String, JsonNode> header = it.next();
          out.setHeader(header.getKey(), header.getValue().asText());
        }
        out.setContentLength(body.length);
        out.getOutputStream().write(body);
        base.setHandled(true);
      }
    });
    server.start();
    server.join();
  }
}
