package io.contactscontracts.mock.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.contactscontracts.mock.ContactsMockServer;
import io.contactscontracts.mock.MockService;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Clients that announce a body and then stop sending it (a test killed mid-request, a broken proxy) cost a
 * connection each, not the server: with 100 of them open, normal creates are still answered, and each stalled
 * upload is answered with the service's 408 or closed, within seconds.
 */
class StalledClientsTest {
  private static final int STALLED = 100;
  private static final int NORMAL_CREATES = 40;
  /** Generous: the point is that nothing waits for the stalled uploads, not how fast an answer comes. */
  private static final Duration NORMAL_TIMEOUT = Duration.ofSeconds(20);
  private static final int STALLED_ANSWER_TIMEOUT_MS = 60_000;
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void stalledUploadsDoNotBlockOtherClientsAndAreAnsweredOrClosed() throws Exception {
    try (ContactsMockServer server = ContactsMockServer.builder().randomPorts().build().start()) {
      int port = server.port(MockService.KEJUE);
      String path = URI.create(server.kejueBaseUrl()).getPath() + "/contacts";
      List<Socket> stalled = new ArrayList<>();
      try {
        for (int i = 0; i < STALLED; i++) {
          // half send nothing after the headers, half the first bytes of the body
          stalled.add(openStalledUpload(port, path, i % 2 == 0 ? "" : "{\"first_"));
        }

        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(NORMAL_TIMEOUT).build();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<HttpResponse<String>>> creates = new ArrayList<>();
        for (int i = 0; i < NORMAL_CREATES; i++) {
          HttpRequest request = HttpRequest.newBuilder(URI.create(server.kejueBaseUrl() + "/contacts"))
              .timeout(NORMAL_TIMEOUT)
              .header("Content-Type", "application/json")
              .header("X-API-Key", "kej_test_normal")
              .POST(HttpRequest.BodyPublishers.ofString("{\"first_name\":\"N" + i + "\"}"))
              .build();
          creates.add(pool.submit(() -> client.send(request, HttpResponse.BodyHandlers.ofString())));
        }
        for (Future<HttpResponse<String>> create : creates) {
          HttpResponse<String> response = create.get();
          assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        }
        pool.shutdown();
        assertThat(server.contacts(MockService.KEJUE, "kej_test_normal")).hasSize(NORMAL_CREATES);

        for (Socket socket : stalled) {
          String answer = readUntilClosed(socket);
          // a close without an answer is allowed; an answer must be the service's 408
          if (!answer.isEmpty()) {
            assertThat(answer).startsWith("HTTP/1.1 408");
            JsonNode body = JSON.readTree(answer.substring(answer.indexOf("\r\n\r\n") + 4));
            assertThat(body.get("detail").asText()).isEqualTo("Request Timeout");
          }
        }
        assertThat(server.contacts(MockService.KEJUE, "kej_test_stalled")).as("nothing stored for them").isEmpty();
      } finally {
        for (Socket socket : stalled) {
          socket.close();
        }
      }
    }
  }

  @Test
  void aBodyDribbledByteByByteIsRefusedWith408InTheServicesShape() throws Exception {
    try (ContactsMockServer server = ContactsMockServer.builder().randomPorts().build().start()) {
      int port = server.port(MockService.RECEPTA);
      String path = URI.create(server.receptaBaseUrl()).getPath() + "/api/contacts";
      String body = "{\"firstName\":\"" + "x".repeat(200) + "\"}";
      try (Socket socket = openStalledUpload(port, path, body.length(), "x-api-key", "rcp_stalled", "")) {
        OutputStream out = socket.getOutputStream();
        String answer = "";
        for (int i = 0; i < body.length() && answer.isEmpty(); i++) {
          try {
            out.write(body.charAt(i));
            out.flush();
          } catch (IOException e) {
            break; // the server has answered and closed
          }
          Thread.sleep(200);
          answer = readAvailable(socket);
        }
        answer += readUntilClosed(socket);
        assertThat(answer).startsWith("HTTP/1.1 408");
        JsonNode json = JSON.readTree(answer.substring(answer.indexOf("\r\n\r\n") + 4));
        assertThat(json.get("success").asBoolean()).isFalse();
        assertThat(json.get("message").asText()).isEqualTo("Request Timeout");
      }
      assertThat(server.contacts(MockService.RECEPTA, "rcp_stalled")).isEmpty();
    }
  }

  @Test
  void anAnswerDelayedLongerThanTheRequestIdleTimeoutStillArrives() throws Exception {
    // the idle timeout is for clients that stop sending; the mock's own delays (Prefer, --latency-ms) are not idle
    try (ContactsMockServer server = ContactsMockServer.builder().randomPorts().build().start()) {
      HttpRequest request = HttpRequest.newBuilder(URI.create(server.kejueBaseUrl() + "/contacts"))
          .timeout(NORMAL_TIMEOUT)
          .header("Content-Type", "application/json")
          .header("X-API-Key", "kej_test_patient")
          .header("Prefer", "delay=7000")
          .POST(HttpRequest.BodyPublishers.ofString("{\"first_name\":\"Ada\"}"))
          .build();
      HttpResponse<String> response = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
          .send(request, HttpResponse.BodyHandlers.ofString());
      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(server.contacts(MockService.KEJUE, "kej_test_patient")).hasSize(1);
    }
  }

  private static Socket openStalledUpload(int port, String path, String sent) throws IOException {
    return openStalledUpload(port, path, 100, "X-API-Key", "kej_test_stalled", sent);
  }

  private static Socket openStalledUpload(int port, String path, int contentLength, String keyHeader, String key,
      String sent) throws IOException {
    Socket socket = new Socket(InetAddress.getLoopbackAddress(), port);
    socket.setSoTimeout(STALLED_ANSWER_TIMEOUT_MS);
    String head = "POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nContent-Type: application/json\r\n"
        + keyHeader + ": " + key + "\r\nContent-Length: " + contentLength + "\r\n\r\n" + sent;
    socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
    socket.getOutputStream().flush();
    return socket;
  }

  /** Whatever the server sent until it closed the connection; fails after the generous timeout. */
  private static String readUntilClosed(Socket socket) throws IOException {
    ByteArrayOutputStream answer = new ByteArrayOutputStream();
    socket.setSoTimeout(STALLED_ANSWER_TIMEOUT_MS);
    InputStream in = socket.getInputStream();
    byte[] buffer = new byte[4096];
    try {
      for (int n; (n = in.read(buffer)) > 0; ) {
        answer.write(buffer, 0, n);
      }
    } catch (SocketTimeoutException e) {
      throw new AssertionError("The server neither answered nor closed a stalled upload within "
          + STALLED_ANSWER_TIMEOUT_MS + " ms; got so far: " + answer.toString(StandardCharsets.UTF_8), e);
    } catch (IOException e) {
      // reset by the server: closed
    }
    return answer.toString(StandardCharsets.UTF_8);
  }

  private static String readAvailable(Socket socket) throws IOException {
    InputStream in = socket.getInputStream();
    int available = in.available();
    return available == 0 ? "" : new String(in.readNBytes(available), StandardCharsets.UTF_8);
  }
}
