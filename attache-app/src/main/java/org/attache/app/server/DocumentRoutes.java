package org.attache.app.server;

import io.javalin.http.Context;
import java.util.Optional;
import org.attache.store.DocumentQuery;

/** {@code GET /api/documents} (a page of articles, filtered) and {@code GET /api/documents/{id}} (one, with its text and facts). */
final class DocumentRoutes {

  private final SharedStore store;

  DocumentRoutes(SharedStore store) {
    this.store = store;
  }

  void list(Context ctx) {
    QueryParams q = QueryParams.of(ctx, true, "actor", "outlet", "from", "to");
    PageRequest p = q.page();
    DocumentQuery query = new DocumentQuery(q.text("actor"), q.text("outlet"), q.dates(), p.offset(), p.limit() + 1);
    ctx.json(Page.fromSlice(store.read(kb -> kb.documents(query)), p));
  }

  void one(Context ctx) {
    QueryParams.of(ctx, false);
    String id = ctx.pathParam("id");
    Optional<?> doc = store.read(kb -> kb.document(id));
    ctx.json(doc.orElseThrow(() -> ApiException.notFound("no document '" + id + "' in the store")));
  }
}
