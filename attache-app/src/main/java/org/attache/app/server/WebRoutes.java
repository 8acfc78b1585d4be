package org.attache.app.server;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * The web UI's files and the OpenAPI description, served from a fixed list of classpath
 * resources: a request names one of them or gets a 404, so no path can reach another resource or
 * list a folder. Each is read once at start-up; text types carry their charset, since browsers
 * otherwise guess it.
 */
final class WebRoutes {

  /** One file the server hands out: where it is on the classpath and its content type. */
  private record Asset(byte[] bytes, String type, boolean immutable) {}

  private static final String WEB = "org/attache/app/server/web/";
  /** The chart library, from the echarts WebJar the pom pins; a version change there must change this path. */
  static final String ECHARTS = "META-INF/resources/webjars/echarts/5.3.1/dist/echarts.min.js";

  private final Map<String, Asset> assets = Map.of(
      "/", load(WEB + "index.html", "text/html; charset=utf-8", false),
      "/app.js", load(WEB + "app.js", "text/javascript; charset=utf-8", false),
      "/app.css", load(WEB + "app.css", "text/css; charset=utf-8", false),
      "/api/openapi.json", load(WEB + "openapi.json", "application/json; charset=utf-8", false),
      "/vendor/echarts.min.js", load(ECHARTS, "text/javascript; charset=utf-8", true));

  /** Returns the paths served, for the router. */
  Iterable<String> paths() {
    return assets.keySet();
  }

  void serve(Context ctx) {
    Asset a = assets.get(ctx.path());
    if (a == null) {
      throw ApiException.notFound("no such resource: " + ctx.path());
    }
    ctx.contentType(a.type()).header("Cache-Control", a.immutable() ? "public, max-age=86400" : "no-cache").result(a.bytes());
  }

  private static Asset load(String resource, String type, boolean immutable) {
    try (InputStream in = WebRoutes.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("web resource missing from the classpath: " + resource + " (rebuild attache-app)");
      }
      return new Asset(in.readAllBytes(), type, immutable);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read web resource " + resource + ": " + e.getMessage(), e);
    }
  }
}
