package io.contactscontracts.mock.testcontainers;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The default image's name, written into this jar by the build (image.properties, filtered by Maven). */
final class ImageName {
  private ImageName() {}

  static String defaultImage() {
    Properties properties = new Properties();
    try (InputStream in = ImageName.class.getResourceAsStream("image.properties")) {
      if (in == null) {
        throw new IllegalStateException("image.properties is missing from the contacts-mock-testcontainers jar");
      }
      properties.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return properties.getProperty("image");
  }
}
