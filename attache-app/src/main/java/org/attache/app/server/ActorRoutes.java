package org.attache.app.server;

import io.javalin.http.Context;
import java.util.List;
import java.util.Optional;
import org.attache.store.ActorProfile;
import org.attache.store.ActorQuery;

/** {@code GET /api/actors} (a page of actors by name, type, country) and {@code GET /api/actors/{id}} (one actor's profile). */
final class ActorRoutes {

  private static final List<String> TYPES = List.of("PERSON", "ORG", "GPE", "LOC");

  private final SharedStore store;

  ActorRoutes(SharedStore store) {
    this.store = store;
  }

  void list(Context ctx) {
    QueryParams q = QueryParams.of(ctx, true, "name", "type", "country");
    PageRequest p = q.page();
    ActorQuery query = new ActorQuery(q.text("name"), q.oneOf("type", TYPES), q.text("country"), p.offset(), p.limit() + 1);
    ctx.json(Page.fromSlice(store.read(kb -> kb.actors(query)), p));
  }

  void profile(Context ctx) {
    QueryParams.of(ctx, false);
    String id = ctx.pathParam("id");
    Optional<ActorProfile> profile = store.read(kb -> kb.actor(id));
    ctx.json(profile.orElseThrow(() -> ApiException.notFound("no actor '" + id + "' in the store")));
  }
}
