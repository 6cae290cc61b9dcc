package io.contactscontracts.mock.internal.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;

class AdminPolicyTest {
  @Test
  void loopbackNamesAndTheBindAddressAreThisMocksNamesWhateverThePortOrCase() {
    AdminPolicy policy = AdminPolicy.of("127.0.0.1", Set.of(), Set.of());

    assertThat(policy.hostAllowed("localhost:8081")).isTrue();
    assertThat(policy.hostAllowed("LOCALHOST")).isTrue();
    assertThat(policy.hostAllowed("localhost.:8081")).isTrue();
    assertThat(policy.hostAllowed("127.0.0.1")).isTrue();
    assertThat(policy.hostAllowed("[::1]:8081")).isTrue();
    for (String rebound : new String[] {"evil.example:8081", "localhost.evil.example", "127.0.0.1.nip.io:8081",
        "evil.example@localhost", "", "[::2]:8081"}) {
      assertThat(policy.hostAllowed(rebound)).as(rebound).isFalse();
    }
  }

  @Test
  void extraNamesAndTheBoundAddressAreAccepted() {
    AdminPolicy policy = AdminPolicy.of("10.0.0.5", Set.of("Mock.Internal"), Set.of());

    assertThat(policy.hostAllowed("10.0.0.5:8081")).isTrue();
    assertThat(policy.hostAllowed("mock.internal:8082")).isTrue();
    assertThat(policy.hostAllowed("other.internal")).isFalse();
  }

  @Test
  void onlyListedOriginsAreAllowedAndAWildcardOrAPathIsRefusedWithAHint() {
    AdminPolicy policy = AdminPolicy.of("127.0.0.1", Set.of(), Set.of("http://localhost:3000"));

    assertThat(policy.corsOriginAllowed("http://localhost:3000")).isTrue();
    assertThat(policy.corsOriginAllowed("http://localhost:3001")).isFalse();
    assertThat(policy.corsOriginAllowed("https://localhost:3000")).isFalse();
    assertThat(AdminPolicy.of("127.0.0.1", Set.of(), Set.of()).corsOriginAllowed("null")).isFalse();
    for (String bad : new String[] {"*", "localhost:3000", "http://localhost:3000/app", "ftp://x", " "}) {
      assertThatThrownBy(() -> AdminPolicy.checkOrigin(bad)).as(bad)
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("http://localhost:3000");
    }
    assertThatThrownBy(() -> AdminPolicy.checkHostName("http://mock:80/")).isInstanceOf(IllegalArgumentException.class);
  }
}
