package io.contactscontracts.mock.internal.http;

import io.contactscontracts.mock.internal.emulation.Reply;
import io.contactscontracts.mock.internal.emulation.EarlyAnswers;

import com.github.tomakehurst.wiremock.http.ImmutableRequest;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.http.multipart.PartParser;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.eclipse.jetty.http.BadMessageException;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.util.MultiMap;
import org.eclipse.jetty.util.UrlEncoded;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads each request body before WireMock does, the way the body parser in front of each service reads it
 * before anything else runs: at most the service's limit (413 beyond it, without reading the rest), with
 * gzip undone within the same limit.
 *
 * <p>WireMock on its own reads every body whole into memory, inflates gzip bodies (by header or by their
 * first two bytes) without a bound, and parses form and multipart bodies eagerly, answering a malformed one,
 * or an unknown charset, with Jetty's HTML 500 page. This guard hands it only what it can handle: the
 * bounded, decoded body, a Content-Type without a charset Java does not know, and a malformed form or
 * multipart body as {@code application/octet-stream} (neither service reads either, so the emulation's answer
 * is the same). Anything else that still fails in WireMock is answered as the mock's own bug, in JSON.
 */
final class RequestBodyGuard implements Filter {
  private static final Logger LOG = LoggerFactory.getLogger(RequestBodyGuard.class);
  private static final String OCTET_STREAM = "application/octet-stream";
  private static final Pattern CHARSET = Pattern.compile("(?i);\\s*charset\\s*=\\s*\"?([^\";]*)\"?");
  private static final int GZIP_MAGIC_1 = 0x1f;
  private static final int GZIP_MAGIC_2 = 0x8b;

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
    if (request.getContentLengthLong() > limit) {
      ReplyWriter.write(response, answers.bodyTooLarge(path, request.getMethod()), true);
      return Optional.empty();
    }
    byte[] body = readAtMost(request, limit + 1);
    if (body.length > limit) {
      ReplyWriter.write(response, answers.bodyTooLarge(path, request.getMethod()), true);
      return Optional.empty();
    }
    Map<String, String> replaced = new HashMap<>();
    String encoding = request.getHeader("Content-Encoding");
    // WireMock's own test for a gzip body: the header mentions gzip, or the body starts with the magic bytes
    if (encoding != null && encoding.toLowerCase(Locale.ROOT).contains("gzip") || isGzip(body)) {
      Optional<byte[]> inflated = inflate(body);
      if (inflated.isEmpty() || isGzip(inflated.get())) {
        ReplyWriter.write(response, answers.undecodableBody(path, request.getMethod()), false);
        return Optional.empty();
      }
      if (inflated.get().length > limit) {
        ReplyWriter.write(response, answers.bodyTooLarge(path, request.getMethod()), false);
        return Optional.empty();
      }
      body = inflated.get();
      replaced.put("content-encoding", null);
    }
    String contentType = request.getContentType();
    if (contentType != null) {
      String safe = safeContentType(contentType, body);
      if (!safe.equals(contentType)) {
        replaced.put("content-type", safe);
      }
    }
    return Optional.of(new GuardedRequest(request, body, replaced));
  }

  /**
   * The body, up to {@code max} bytes. With a Content-Length the array is allocated at its size, since most
   * bodies are small and readNBytes would otherwise allocate and copy 8 KiB buffers for each (Jetty delivers
   * no more than Content-Length; a shorter body is an early end of stream, returned as read).
   */
  private static byte[] readAtMost(HttpServletRequest request, int max) throws IOException {
    long announced = request.getContentLengthLong();
    InputStream in = request.getInputStream();
    if (announced < 0 || announced >= max) {
      return in.readNBytes(max);
    }
    byte[] body = new byte[(int) announced];
    int read = in.readNBytes(body, 0, body.length);
    if (read < body.length) {
      return Arrays.copyOf(body, read);
    }
    return body;
  }

  /** A Content-Type WireMock can process without failing, meaning the same to the emulation. */
  private static String safeContentType(String contentType, byte[] body) {
    String type = contentType;
    Matcher charset = CHARSET.matcher(type);
    if (charset.find() && !isSupported(charset.group(1).trim())) {
      // the services read JSON as UTF-8 whatever the parameter says; WireMock fails on an unknown charset
      type = charset.replaceAll("");
    }
    if (type.contains("application/x-www-form-urlencoded") && !formDecodes(type, body)) {
      return OCTET_STREAM;
    }
    if (type.matches("(?i)^\\s*multipart/.*") && !multipartParses(type, body)) {
      return OCTET_STREAM;
    }
    return type;
  }

  /** Whether WireMock's form-parameter decoding (Jetty's UrlEncoded) accepts the body. */
  private static boolean formDecodes(String contentType, byte[] body) {
    Matcher charset = CHARSET.matcher(contentType);
    Charset encoding = charset.find() ? Charset.forName(charset.group(1).trim()) : StandardCharsets.UTF_8;
    try {
      UrlEncoded.decodeTo(new String(body, encoding), new MultiMap<>(), encoding);
      return true;
    } catch (Exception e) {
      return false;
    }
  }

  /** Whether WireMock's multipart parser accepts the body. */
  private static boolean multipartParses(String contentType, byte[] body) {
    try {
      PartParser.parseFrom(ImmutableRequest.create()
          .withAbsoluteUrl("http://localhost/")
          .withMethod(RequestMethod.POST)
          .withHeader("Content-Type", contentType)
          .withBody(body)
          .build());
      return true;
    } catch (Exception e) { // WireMock rethrows the parser's checked exceptions unchecked
      return false;
    }
  }

  private static boolean isSupported(String charset) {
    try {
      return Charset.isSupported(charset);
    } catch (IllegalCharsetNameException e) {
      return false;
    }
  }

  private static boolean isGzip(byte[] body) {
    return body.length >= 2 && (body[0] & 0xff) == GZIP_MAGIC_1 && (body[1] & 0xff) == GZIP_MAGIC_2;
  }

  /** The inflated body, at most {@code limit + 1} bytes of it; empty if it is not a gzip stream. */
  private Optional<byte[]> inflate(byte[] body) {
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
      return Optional.of(in.readNBytes(limit + 1));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /** The request with the body already read, and some headers replaced ({@code null} hides one). */
  private static final class GuardedRequest extends HttpServletRequestWrapper {
    private final byte[] body;
    private final Map<String, String> replaced;

    GuardedRequest(HttpServletRequest request, byte[] body, Map<String, String> replaced) {
      super(request);
      this.body = body;
      this.replaced = replaced;
    }

    @Override
    public ServletInputStream getInputStream() {
      ByteArrayInputStream in = new ByteArrayInputStream(body);
      return new ServletInputStream() {
        @Override
        public int read() {
          return in.read();
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
          return in.read(buffer, offset, length);
        }

        @Override
        public byte[] readAllBytes() {
          return in.readAllBytes(); // exact size, where InputStream's default copies through 8 KiB buffers
        }

        @Override
        public boolean isFinished() {
          return in.available() == 0;
        }

        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
          throw new IllegalStateException("The body has been read already; read it synchronously");
        }
      };
    }

    @Override
    public int getContentLength() {
      return body.length;
    }

    @Override
    public long getContentLengthLong() {
      return body.length;
    }

    @Override
    public String getContentType() {
      return replaced.containsKey("content-type") ? replaced.get("content-type") : super.getContentType();
    }

    @Override
    public String getCharacterEncoding() {
      if (!replaced.containsKey("content-type")) {
        return super.getCharacterEncoding();
      }
      Matcher charset = CHARSET.matcher(String.valueOf(replaced.get("content-type")));
      return charset.find() ? charset.group(1).trim() : null;
    }

    @Override
    public String getHeader(String name) {
      String key = name.toLowerCase(Locale.ROOT);
      return replaced.containsKey(key) ? replaced.get(key) : super.getHeader(name);
    }

    @Override
    public Enumeration<String> getHeaders(String name) {
      String key = name.toLowerCase(Locale.ROOT);
      if (!replaced.containsKey(key)) {
        return super.getHeaders(name);
      }
      String value = replaced.get(key);
      return Collections.enumeration(value == null ? List.of() : List.of(value));
    }

    @Override
    public Enumeration<String> getHeaderNames() {
      List<String> names = Collections.list(super.getHeaderNames());
      names.removeIf(name -> {
        String key = name.toLowerCase(Locale.ROOT);
        return replaced.containsKey(key) && replaced.get(key) == null;
      });
      return Collections.enumeration(names);
    }
  }
}
