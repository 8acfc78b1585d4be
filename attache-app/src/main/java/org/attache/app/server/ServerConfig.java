package org.attache.app.server;

import java.util.Objects;

/**
 * How to serve: the interface and port to bind (port 0 picks a free one), the token write
 * endpoints require, and the largest request body accepted. Loopback is the default for a
 * reason: reads are open to whoever can connect.
 */
public record ServerConfig(String host, int port, AccessToken token, long maxBodyBytes) {

  public static final String LOOPBACK = "127.0.0.1";
  public static final long DEFAULT_MAX_BODY = 10L << 20;

  public ServerConfig {
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(token, "token");
    if (host.isBlank()) {
      throw new IllegalArgumentException("host must not be blank");
    }
    if (port < 0 || port > 65_535) {
      throw new IllegalArgumentException("port must lie in 0..65535: " + port);
    }
    if (maxBodyBytes < 1 || maxBodyBytes > 1L << 30) {
      throw new IllegalArgumentException("maxBodyBytes must lie in 1..1073741824: " + maxBodyBytes);
    }
  }

  public static ServerConfig of(String host, int port, AccessToken token) {
    return new ServerConfig(host, port, token, DEFAULT_MAX_BODY);
  }

  /** Returns true when only this machine can connect. */
  public boolean loopback() {
    return host.equals(LOOPBACK) || host.equals("localhost") || host.equals("::1") || host.startsWith("127.");
  }
}
