package io.contactscontracts.mock.internal.admin;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Which {@code Host} names and which web origins the admin API accepts (see {@link AdminRequestGuard}).
 * Host names: {@code localhost}, the loopback addresses, the bound address (on a wildcard address, every
 * address of this machine and its host name) and the names the user adds. Origins: none unless the user
 * lists them.
 */
public final class AdminPolicy {
  private static final List<String> LOOPBACK_NAMES = List.of("localhost", "127.0.0.1", "::1");

  private final Set<String> hostNames;
  private final Set<String> corsOrigins;

  private AdminPolicy(Set<String> hostNames, Set<String> corsOrigins) {
    this.hostNames = Collections.unmodifiableSet(hostNames);
    this.corsOrigins = Collections.unmodifiableSet(corsOrigins);
  }

  /**
   * @param bindAddress the address the services listen on
   * @param extraHostNames further names clients use to reach the mock (e.g. a Docker service name)
   * @param corsOrigins web origins ({@code scheme://host[:port]}) granted CORS and allowed to change state
   */
  public static AdminPolicy of(String bindAddress, Set<String> extraHostNames, Set<String> corsOrigins) {
    Set<String> hosts = new LinkedHashSet<>(LOOPBACK_NAMES);
    String bind = unbracket(bindAddress).toLowerCase(Locale.ROOT);
    if (bind.equals("0.0.0.0") || bind.equals("::")) {
      hosts.addAll(machineNames());
    } else {
      hosts.add(bind);
    }
    extraHostNames.forEach(name -> hosts.add(checkHostName(name)));
    Set<String> origins = new LinkedHashSet<>();
    corsOrigins.forEach(origin -> origins.add(checkOrigin(origin)));
    return new AdminPolicy(hosts, origins);
  }

  /** Whether a {@code Host} header value ({@code name[:port]}, {@code [v6][:port]}) names this mock. */
  public boolean hostAllowed(String hostHeader) {
    String host = hostHeader.trim().toLowerCase(Locale.ROOT);
    if (host.startsWith("[")) {
      int end = host.indexOf(']');
      host = end < 0 ? host : host.substring(1, end);
    } else if (host.indexOf(':') == host.lastIndexOf(':') && host.contains(":")) {
      host = host.substring(0, host.indexOf(':'));
    }
    if (host.endsWith(".")) {
      host = host.substring(0, host.length() - 1); // "localhost." is the same name
    }
    return hostNames.contains(host);
  }

  public boolean corsOriginAllowed(String origin) {
    return corsOrigins.contains(origin.trim().toLowerCase(Locale.ROOT));
  }

  public Set<String> hostNames() {
    return hostNames;
  }

  public Set<String> corsOrigins() {
    return corsOrigins;
  }

  /** A host name or address as a {@code Host} header carries it, without port. */
  public static String checkHostName(String name) {
    String host = name == null ? "" : unbracket(name.trim()).toLowerCase(Locale.ROOT);
    if (host.isEmpty() || host.chars().anyMatch(c -> c <= ' ' || c == '/' || c == '@' || c >= 0x7F)) {
      throw new IllegalArgumentException("An allowed host is a name or address without scheme or port, e.g. "
          + "mock.internal or 192.168.1.20; got '" + name + "'");
    }
    return host;
  }

  /** An origin as browsers send it: {@code http(s)://host[:port]}, nothing after. */
  public static String checkOrigin(String origin) {
    String hint = "An admin CORS origin is what a browser sends as Origin, e.g. http://localhost:3000 "
        + "(scheme, host and port, no path); got '" + origin + "'";
    if (origin == null || origin.isBlank() || origin.trim().equals("*")) {
      throw new IllegalArgumentException(hint);
    }
    try {
      URI uri = new URI(origin.trim());
      boolean bare = (uri.getPath() == null || uri.getPath().isEmpty()) && uri.getQuery() == null
          && uri.getFragment() == null && uri.getUserInfo() == null;
      if (!("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
          || uri.getHost() == null || !bare) {
        throw new IllegalArgumentException(hint);
      }
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(hint, e);
    }
    return origin.trim().toLowerCase(Locale.ROOT);
  }

  private static String unbracket(String address) {
    return address.startsWith("[") && address.endsWith("]") ? address.substring(1, address.length() - 1) : address;
  }

  private static Set<String> machineNames() {
    Set<String> names = new LinkedHashSet<>();
    try {
      InetAddress local = InetAddress.getLocalHost();
      names.add(local.getHostName().toLowerCase(Locale.ROOT));
      names.add(local.getCanonicalHostName().toLowerCase(Locale.ROOT));
    } catch (UnknownHostException e) {
      // no name for this machine: its addresses still work
    }
    try {
      for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
        for (InetAddress address : Collections.list(nic.getInetAddresses())) {
          String text = address.getHostAddress();
          if (address instanceof Inet6Address && text.contains("%")) {
            text = text.substring(0, text.indexOf('%'));
          }
          names.add(text.toLowerCase(Locale.ROOT));
        }
      }
    } catch (SocketException e) {
      // addresses unknown: only loopback names and configured ones are accepted
    }
    return names;
  }
}
