package org.attache.app.server;

import io.javalin.http.Context;
import java.util.Arrays;
import java.util.List;
import org.attache.store.FramingTerms;
import org.attache.store.Period;
import org.attache.store.Timeline;

/**
 * The analyses over many articles: {@code GET /api/timeline} (events between two sides per period),
 * {@code GET /api/graph} (the actor network within dates) and {@code GET /api/framing} (competing
 * terms per outlet). Their answers are bounded by the store's actors and periods, not its size.
 */
final class RelationRoutes {

  private static final List<String> PERIODS = Arrays.stream(Period.values()).map(Enum::name).toList();

  private final SharedStore store;
  private final FramingTerms terms = FramingTerms.bundled();

  RelationRoutes(SharedStore store) {
    this.store = store;
  }

  void timeline(Context ctx) {
    QueryParams q = QueryParams.of(ctx, false, "a", "b", "by");
    String a = q.required("a");
    String b = q.required("b");
    Period by = Period.valueOf(q.oneOf("by", PERIODS).orElse("MONTH"));
    Timeline t = store.read(kb -> kb.timeline(a, b, by));
    if (t.a().isEmpty() || t.b().isEmpty()) {
      throw ApiException.notFound("no actor '" + (t.a().isEmpty() ? a : b) + "' in the store");
    }
    ctx.json(t);
  }

  void graph(Context ctx) {
    QueryParams q = QueryParams.of(ctx, false, "from", "to");
    var dates = q.dates();
    ctx.json(store.read(kb -> kb.graph(dates)));
  }

  void framing(Context ctx) {
    QueryParams.of(ctx, false);
    ctx.json(store.read(kb -> kb.framing(terms)));
  }
}
