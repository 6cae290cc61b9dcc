package io.contactscontracts.mock.internal.http;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.ByteArrayInputStream;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;

/**
 * The request with its body already read (bounded and decoded by {@link BoundedBody}), and some headers
 * replaced ({@code null} hides one), for whatever runs after {@link RequestBodyGuard}.
 */
final class GuardedRequest extends HttpServletRequestWrapper {
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
    Matcher charset = ContentTypeCleaner.CHARSET.matcher(String.valueOf(replaced.get("content-type")));
    return charset.find() ? charset.group(1).trim() : null;
  }

  @Override
  public String getHeader(String name) {
    if (replaced.isEmpty()) {
      return super.getHeader(name); // the usual case: no name to lower-case for every look-up
    }
    String key = name.toLowerCase(Locale.ROOT);
    return replaced.containsKey(key) ? replaced.get(key) : super.getHeader(name);
  }

  @Override
  public Enumeration<String> getHeaders(String name) {
    if (replaced.isEmpty()) {
      return super.getHeaders(name);
    }
    String key = name.toLowerCase(Locale.ROOT);
    if (!replaced.containsKey(key)) {
      return super.getHeaders(name);
    }
    String value = replaced.get(key);
    return Collections.enumeration(value == null ? List.of() : List.of(value));
  }

  @Override
  public Enumeration<String> getHeaderNames() {
    if (replaced.isEmpty()) {
      return super.getHeaderNames();
    }
    List<String> names = Collections.list(super.getHeaderNames());
    names.removeIf(name -> {
      String key = name.toLowerCase(Locale.ROOT);
      return replaced.containsKey(key) && replaced.get(key) == null;
    });
    return Collections.enumeration(names);
  }
}
