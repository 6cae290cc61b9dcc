package io.contactscontracts.mock.robustness;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Sends {@link BadRequest}s to a local port: with {@code java.net.http} (what a Java client sends), or over
 * a plain socket for requests that client refuses to build (bad request targets, non-ASCII or blank header
 * values, a chunked body). Both give up after {@link #TIMEOUT}, so a server that hangs fails the test
 * instead of stalling it.
 */
final class Wire {
  static final Duration TIMEOUT = Duration.ofSeconds(30);

  private static final HttpClient CLIENT = HttpClient.newBuilder()
      .version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(5))
      .followRedirects(HttpClient.Redirect.NEVER)
      .build();

  private Wire() {}

  /** The status, headers (names lower case) and body of an answer. */
  record Answer(int status, Map<String, List<String>> headers, byte[] body) {
    Optional<String> header(String name) {
      List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
      return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    String text() {
      return new String(body, StandardCharsets.UTF_8);
    }
  }

  static Answer send(BadRequest request, int port) throws IOException {
    return request.raw() ? sendRaw(request, port) : sendWithHttpClient(request, port);
  }

  private static Answer sendWithHttpClient(BadRequest request, int port) throws IOException {
    HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + request.path()))
        .timeout(TIMEOUT)
        .method(request.method(), request.body().length == 0 ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofByteArray(request.body()));
    for (String[] header : request.headers()) {
      if (header[1] != null) {
        builder.header(header[0], header[1]);
      }
    }
    try {
      HttpResponse<byte[]> response = CLIENT.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
      Map<String, List<String>> headers = new TreeMap<>();
      response.headers().map().forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), values));
      return new Answer(response.statusCode(), headers, response.body());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
  }

  /** HTTP/1.1 by hand, one request per connection. */
  private static Answer sendRaw(BadRequest request, int port) throws IOException {
    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
      socket.setSoTimeout((int) TIMEOUT.toMillis());
      OutputStream out = socket.getOutputStream();
      boolean chunked = request.headers().stream()
          .anyMatch(h -> h[0].equalsIgnoreCase("Transfer-Encoding") && "chunked".equalsIgnoreCase(h[1]));
      StringBuilder head = new StringBuilder(request.method()).append(' ').append(request.path()).append(" HTTP/1.1\r\n")
          .append("Host: 127.0.0.1:").append(port).append("\r\n").append("Connection: close\r\n");
      for (String[] header : request.headers()) {
        if (header[1] != null) {
          head.append(header[0]).append(": ").append(header[1]).append("\r\n");
        }
      }
      if (!chunked && (request.body().length > 0 || !List.of("GET", "HEAD").contains(request.method()))) {
        head.append("Content-Length: ").append(request.body().length).append("\r\n");
      }
      head.append("\r\n");
      IOException writeFailure = null;
      try {
        out.write(head.toString().getBytes(StandardCharsets.UTF_8));
        if (chunked) {
          writeChunked(out, request.body());
        } else {
          out.write(request.body());
        }
        out.flush();
      } catch (IOException e) {
        // the server may answer (413) and close before reading everything; its answer is still readable
        writeFailure = e;
      }
      try {
        return readAnswer(new BufferedInputStream(socket.getInputStream()), request.method().equals("HEAD"));
      } catch (IOException e) {
        if (writeFailure != null) {
          e.addSuppressed(writeFailure);
        }
        throw e;
      }
    }
  }

  private static void writeChunked(OutputStream out, byte[] body) throws IOException {
    int chunk = 64 * 1024;
    for (int offset = 0; offset < body.length; offset += chunk) {
      int length = Math.min(chunk, body.length - offset);
      out.write((Integer.toHexString(length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
      out.write(body, offset, length);
      out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
    }
    out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
  }

  private static Answer readAnswer(InputStream in, boolean head) throws IOException {
    String statusLine = line(in);
    if (statusLine == null || !statusLine.startsWith("HTTP/1.")) {
      throw new IOException("no HTTP answer, got: " + statusLine);
    }
    int status = Integer.parseInt(statusLine.split(" ")[1]);
    Map<String, List<String>> headers = new TreeMap<>();
    for (String line = line(in); line != null && !line.isEmpty(); line = line(in)) {
      int colon = line.indexOf(':');
      headers.computeIfAbsent(line.substring(0, colon).trim().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
          .add(line.substring(colon + 1).trim());
    }
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    if (!head) {
      if (headers.getOrDefault("transfer-encoding", List.of()).contains("chunked")) {
        for (int size = Integer.parseInt(line(in).split(";")[0].trim(), 16); size > 0;
            size = Integer.parseInt(line(in).split(";")[0].trim(), 16)) {
          body.write(in.readNBytes(size));
          line(in);
        }
      } else if (headers.containsKey("content-length")) {
        body.write(in.readNBytes(Integer.parseInt(headers.get("content-length").get(0))));
      } else {
        body.write(in.readAllBytes());
      }
    }
    return new Answer(status, headers, body.toByteArray());
  }

  private static String line(InputStream in) throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    for (int b = in.read(); b != -1; b = in.read()) {
      if (b == '\n') {
        String text = line.toString(StandardCharsets.ISO_8859_1);
        return text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
      }
      line.write(b);
    }
    return line.size() == 0 ? null : line.toString(StandardCharsets.ISO_8859_1);
  }
}
