package org.attache.app.server;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import org.attache.store.StoreException;

/**
 * Maps every failure to a JSON {@link ErrorBody}, in one place: the server's own refusals keep
 * their status, a caller's mistake the store or core detects (an {@link IllegalArgumentException},
 * such as bad Lucene syntax) is a 400, Javalin's own (413, 404, 405) keep theirs, and anything else
 * is a 500 whose message names no stack.
 */
final class ErrorMapping {

  private ErrorMapping() {}

  static void install(RoutesConfig routes) {
    routes.exception(ApiException.class, (e, ctx) -> send(ctx, e.status(), e.getMessage()));
    routes.exception(IllegalArgumentException.class, (e, ctx) -> send(ctx, 400, e.getMessage()));
    routes.exception(HttpResponseException.class, (e, ctx) -> send(ctx, e.getStatus(), e.getMessage()));
    routes.exception(StoreException.class, (e, ctx) -> send(ctx, 500, "store failure: " + e.getMessage()));
    routes.exception(Exception.class, (e, ctx) -> send(ctx, 500, "internal error: " + e.getClass().getSimpleName()));
    routes.error(404, ctx -> {
      if (ctx.result() == null || ctx.result().isEmpty()) {
        send(ctx, 404, "no such resource: " + ctx.path());
      }
    });
    routes.error(405, ctx -> send(ctx, 405, "method " + ctx.method() + " not allowed on " + ctx.path()));
  }

  static void send(Context ctx, int status, String message) {
    ctx.status(status).json(new ErrorBody(status, message == null ? "" : message));
  }
}
