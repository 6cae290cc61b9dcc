package io.contactscontracts.client.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BaseUrlTest {

  @Test
  void dropsTrailingSlashAndSurroundingSpace() {
    assertThat(BaseUrl.normalise(" http://localhost:8081/api/v1/ ")).isEqualTo("http://localhost:8081/api/v1");
  }

  @Test
  void keepsAWellFormedUrl() {
    assertThat(BaseUrl.normalise("https://api.kejue.co/api/v1")).isEqualTo("https://api.kejue.co/api/v1");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "  ", "localhost:8081", "ftp://host/x", "/api/v1", "http://"})
  void rejectsWhatIsNotAnAbsoluteHttpUrl(String url) {
    assertThatThrownBy(() -> BaseUrl.normalise(url))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("http");
  }
}
