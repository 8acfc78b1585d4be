package org.attache.app.server;

import io.javalin.http.Context;
import java.util.Arrays;
import java.util.List;
import org.attache.model.EventStatus;
import org.attache.store.EventQuery;

/** {@code GET /api/events}: merged events by actor, CAMEO code prefix, dates and status, in date order. */
final class EventRoute {

  private static final List<String> STATUSES = Arrays.stream(EventStatus.values()).map(Enum::name).toList();

  private final SharedStore store;

  EventRoute(SharedStore store) {
    this.store = store;
  }

  void list(Context ctx) {
    QueryParams q = QueryParams.of(ctx, true, "actor", "code", "from", "to", "status");
    PageRequest p = q.page();
    EventQuery query = new EventQuery(q.text("actor"), q.text("code"), q.dates(), q.oneOf("status", STATUSES), p.offset(), p.limit() + 1);
    ctx.json(Page.fromSlice(store.read(kb -> kb.events(query)), p));
  }
}
