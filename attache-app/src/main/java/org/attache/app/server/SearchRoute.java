package org.attache.app.server;

import io.javalin.http.Context;
import org.attache.store.SearchQuery;

/** {@code GET /api/search}: full-text search in Lucene syntax over articles or quotes, ranked, with snippets. */
final class SearchRoute {

  private final SharedStore store;

  SearchRoute(SharedStore store) {
    this.store = store;
  }

  void search(Context ctx) {
    QueryParams q = QueryParams.of(ctx, true, "q", "actor", "outlet", "from", "to", "quotes");
    PageRequest p = q.page();
    SearchQuery query = new SearchQuery(q.required("q"), q.text("actor"), q.text("outlet"), q.dates(), p.fetch(), q.flag("quotes"));
    ctx.json(Page.fromHead(store.read(kb -> kb.search(query)), p));
  }
}
