package io.contactscontracts.mock.internal.http;

import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/**
 * Reads a request body the way the body parser in front of each service does: at most the service's limit
 * (beyond it, the rest is never read), with gzip undone within the same limit. WireMock on its own reads every
 * body whole into memory and inflates gzip bodies without a bound.
 */
final class BoundedBody {
  private static final int GZIP_MAGIC_1 = 0x1f;
  private static final int GZIP_MAGIC_2 = 0x8b;

  /** Why a body cannot be handed on. */
  enum Problem {
    /** Over the limit as sent; the rest is unread, so the connection cannot carry another request. */
    TOO_LARGE_UNREAD,
    /** Over the limit once inflated; read to its end. */
    TOO_LARGE_INFLATED,
    /** Says or looks gzip but is no gzip stream (or is gzip twice over). */
    UNDECODABLE
  }

  /** The body as read, or why it cannot be handed on (then {@code body} is null). */
  record Read(byte[] body, boolean inflated, Problem problem) {
    static Read refused(Problem problem) {
      return new Read(null, false, problem);
    }
  }

  private BoundedBody() {}

  static Read read(HttpServletRequest request, int limit) throws IOException {
    if (request.getContentLengthLong() > limit) {
      return Read.refused(Problem.TOO_LARGE_UNREAD);
    }
    byte[] body = readAtMost(request, limit + 1);
    if (body.length > limit) {
      return Read.refused(Problem.TOO_LARGE_UNREAD);
    }
    String encoding = request.getHeader("Content-Encoding");
    // WireMock's own test for a gzip body: the header mentions gzip, or the body starts with the magic bytes
    if (!(encoding != null && encoding.toLowerCase(Locale.ROOT).contains("gzip") || isGzip(body))) {
      return new Read(body, false, null);
    }
    byte[] inflated = inflate(body, limit + 1);
    if (inflated == null || isGzip(inflated)) {
      return Read.refused(Problem.UNDECODABLE);
    }
    if (inflated.length > limit) {
      return Read.refused(Problem.TOO_LARGE_INFLATED);
    }
    return new Read(inflated, true, null);
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

  private static boolean isGzip(byte[] body) {
    return body.length >= 2 && (body[0] & 0xff) == GZIP_MAGIC_1 && (body[1] & 0xff) == GZIP_MAGIC_2;
  }

  /** The inflated body, at most {@code max} bytes of it; null if it is not a gzip stream. */
  private static byte[] inflate(byte[] body, int max) {
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
      return in.readNBytes(max);
    } catch (IOException e) {
      return null;
    }
  }
}
