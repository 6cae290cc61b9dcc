package io.contactscontracts.mock.internal.admin;

import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.security.Authenticator;
import com.github.tomakehurst.wiremock.security.NoAuthenticator;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

/**
 * Who may use the admin API ({@code /__admin/**}, the contacts endpoints included): anyone, the holders of
 * a bearer token, or no one. It becomes WireMock's admin {@link Authenticator}, so WireMock answers every
 * refused admin request with 401 before any admin task runs.
 */
public final class AdminAccess {
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final String BEARER = "Bearer ";

  private final boolean enabled;
  private final String token;

  private AdminAccess(boolean enabled, String token) {
    this.enabled = enabled;
    this.token = token;
  }

  /** Open to anyone who can connect; the default on a loopback address. */
  public static AdminAccess open() {
    return new AdminAccess(true, null);
  }

  /** Only requests with {@code Authorization: Bearer <token>}. */
  public static AdminAccess token(String token) {
    if (token == null || token.isBlank() || token.chars().anyMatch(c -> c <= ' ' || c >= 0x7F)) {
      throw new IllegalArgumentException("An admin token is visible ASCII without spaces, e.g. the output of "
          + "'openssl rand -hex 24'");
    }
    return new AdminAccess(true, token);
  }

  /** A token of 32 random bytes (URL-safe Base64), for when none is given. */
  public static AdminAccess generatedToken() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return token(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
  }

  /** No admin requests at all; the Java API, which does not go through HTTP, keeps working. */
  public static AdminAccess off() {
    return new AdminAccess(false, null);
  }

  public boolean enabled() {
    return enabled;
  }

  public Optional<String> token() {
    return Optional.ofNullable(token);
  }

  public Authenticator authenticator() {
    if (!enabled) {
      return request -> false;
    }
    return token == null ? new NoAuthenticator() : new BearerToken(token);
  }

  /**
   * Compares in constant time, which WireMock's own {@code SingleHeaderAuthenticator} does not; it also
   * expects {@code Token}, not the usual {@code Bearer}, in front of the token.
   */
  private static final class BearerToken implements Authenticator {
    private final byte[] expected;

    BearerToken(String token) {
      this.expected = (BEARER + token).getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public boolean authenticate(Request request) {
      HttpHeader authorization = request.header("Authorization");
      return authorization.isPresent() && authorization.values().stream()
          .anyMatch(value -> MessageDigest.isEqual(expected, value.trim().getBytes(StandardCharsets.UTF_8)));
    }
  }
}
