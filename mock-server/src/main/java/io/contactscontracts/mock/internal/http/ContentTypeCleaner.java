package io.contactscontracts.mock.internal.http;

import com.github.tomakehurst.wiremock.http.ImmutableRequest;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.http.multipart.PartParser;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.jetty.util.MultiMap;
import org.eclipse.jetty.util.UrlEncoded;

/**
 * A Content-Type WireMock can process without failing that means the same to the emulation. WireMock parses form
 * and multipart bodies eagerly and answers a malformed one, or a charset Java does not know, with Jetty's HTML
 * 500 page; neither service reads either kind of body, so {@code application/octet-stream} gets the same answer.
 */
final class ContentTypeCleaner {
  static final Pattern CHARSET = Pattern.compile("(?i);\\s*charset\\s*=\\s*\"?([^\";]*)\"?");
  private static final String OCTET_STREAM = "application/octet-stream";
  private static final Pattern MULTIPART = Pattern.compile("(?i)\\s*multipart/");

  private ContentTypeCleaner() {}

  /** The Content-Type to hand WireMock for this body: the one sent, or a harmless one. */
  static String safe(String contentType, byte[] body) {
    String type = contentType;
    Matcher charset = CHARSET.matcher(type);
    if (charset.find() && !isSupported(charset.group(1).trim())) {
      // the services read JSON as UTF-8 whatever the parameter says; WireMock fails on an unknown charset
      type = charset.replaceAll("");
    }
    if (type.contains("application/x-www-form-urlencoded") && !formDecodes(type, body)) {
      return OCTET_STREAM;
    }
    if (MULTIPART.matcher(type).lookingAt() && !multipartParses(type, body)) {
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
}
