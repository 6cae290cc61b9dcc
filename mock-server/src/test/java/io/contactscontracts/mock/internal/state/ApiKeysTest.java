package io.contactscontracts.mock.internal.state;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ApiKeysTest {

  @Test
  void keepsThePrefixAndLastFourCharactersOnly() {
    assertThat(ApiKeys.mask("kej_live_abcdef123456")).isEqualTo("kej_live_…3456");
    assertThat(ApiKeys.mask("rcp_0123456789abcdef")).isEqualTo("rcp_…cdef");
  }

  @Test
  void showsNothingOfShortOrOddKeys() {
    assertThat(ApiKeys.mask("kej_live_abc")).isEqualTo("kej_live_…");
    assertThat(ApiKeys.mask("secret")).isEqualTo("…");
    assertThat(ApiKeys.mask("averylongsecretwithoutprefix")).doesNotContain("secret").endsWith("efix");
    assertThat(ApiKeys.mask(null)).isEqualTo("(none)");
  }
}
