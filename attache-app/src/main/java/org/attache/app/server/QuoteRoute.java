package org.attache.app.server;

import io.javalin.http.Context;
import org.attache.store.QuoteQuery;

/** {@code GET /api/quotes}: quotes by speaker, about an actor, within dates; newest first. A country stands for everyone affiliated with it. */
final class QuoteRoute {

  private final SharedStore store;

  QuoteRoute(SharedStore store) {
    this.store = store;
  }

  void list(Context ctx) {
    QueryParams q = QueryParams.of(ctx, true, "speaker", "about", "from", "to");
    PageRequest p = q.page();
    QuoteQuery query = new QuoteQuery(q.text("speaker"), q.text("about"), q.dates(), p.fetch());
    ctx.json(Page.fromHead(store.read(kb -> kb.quotes(query)), p));
  }
}
