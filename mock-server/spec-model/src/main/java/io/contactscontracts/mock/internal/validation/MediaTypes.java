package io.contactscontracts.mock.internal.validation;

import java.util.Collection;
import java.util.Locale;

/** Whether a Content-Type is one of the media types the spec declares ({@code type/*} and {@code *}{@code /*} too). */
final class MediaTypes {
  private MediaTypes() {}

  static boolean accepts(Collection<String> declared, String contentType) {
    String actual = essence(contentType);
    for (String type : declared) {
      String allowed = essence(type);
      if (allowed.equals("*/*") || allowed.equals(actual)
          || allowed.endsWith("/*") && actual.startsWith(allowed.substring(0, allowed.length() - 1))) {
        return true;
      }
    }
    return false;
  }

  /** {@code application/json} of {@code Application/JSON; charset=utf-8}. */
  private static String essence(String mediaType) {
    int parameters = mediaType.indexOf(';');
    return (parameters < 0 ? mediaType : mediaType.substring(0, parameters)).trim().toLowerCase(Locale.ROOT);
  }
}
