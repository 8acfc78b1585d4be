package org.attache.app.server;

import io.javalin.http.Context;
import java.util.Locale;

/**
 * Runs before every request: sets the headers that keep the UI's pages from being framed, sniffed
 * or fed inline script, and, when serving on loopback, refuses a request whose {@code Host} is not
 * this machine (a page elsewhere that rebinds its DNS name to 127.0.0.1 must not read the store).
 */
final class Guard {

  private final ServerConfig config;

  Guard(ServerConfig config) {
    this.config = config;
  }

  void check(Context ctx) {
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("X-Frame-Options", "DENY");
    ctx.header("Referrer-Policy", "no-referrer");
    ctx.header("Content-Security-Policy", "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:;"
        + " connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'");
    if (config.loopback() && !localHost(ctx.header("Host"))) {
      throw new ApiException(403, "this server answers to 127.0.0.1 and localhost only; Host was " + ctx.header("Host"));
    }
  }

  private static boolean localHost(String host) {
    if (host == null) {
      return false;
    }
    String h = host.toLowerCase(Locale.ROOT);
    int colon = h.startsWith("[") ? h.indexOf("]:") + 1 : h.lastIndexOf(':');
    String name = colon > 0 ? h.substring(0, colon) : h;
    return name.equals("localhost") || name.equals("[::1]") || name.matches("127\\.[0-9]{1,3}\\.[0-9]{1,3}\\.[0-9]{1,3}");
  }
}
