package org.attache.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.attache.store.DocumentQuery;
import org.attache.store.DocumentSummary;
import org.attache.store.StoredDocument;

/**
 * Lists stored articles (newest first, copies left out) and reads one back with its text and
 * every fact at its offsets. The counts come from correlated subqueries over the page only, so a
 * page costs the same whatever the size of the store.
 */
final class DocumentRows {

  /** The page is cut first (in {@code page}), so that the counts are computed for its rows only. */
  private static final String SUMMARY = "SELECT d.doc_id, d.title, d.published, d.outlet, d.url, d.author, d.seq, d.published_day,"
      + " length(d.text) AS chars, (SELECT count(DISTINCT actor_id) FROM roles r WHERE r.doc_id = d.doc_id) AS actors,"
      + " (SELECT count(*) FROM quotes q WHERE q.doc_id = d.doc_id) AS quotes,"
      + " (SELECT count(*) FROM event_mentions m WHERE m.doc_id = d.doc_id) AS events FROM page d";
  private static final String ORDER = " ORDER BY d.published_day DESC NULLS LAST, d.seq DESC";

  private DocumentRows() {}

  static List<DocumentSummary> find(Connection c, DocumentQuery q) throws SQLException {
    Filter f = new Filter().and("d.duplicate_of IS NULL");
    if (q.actor().isPresent()) {
      List<String> ids = ActorNames.ids(ActorNames.side(c, q.actor().get()));
      f.and("d.doc_id IN (SELECT doc_id FROM roles WHERE actor_id IN (" + Sql.marks(ids.size()) + "))", Sql.orNone(ids).toArray());
    }
    q.outlet().ifPresent(o -> f.and("lower(d.outlet) = lower(?)", o));
    f.overlaps(q.dates(), "d.published_day", "d.published_day");
    List<DocumentSummary> out = new ArrayList<>();
    String sql = "WITH page AS (SELECT * FROM documents d" + f.sql() + ORDER + " LIMIT ? OFFSET ?) " + SUMMARY + ORDER;
    try (PreparedStatement p = Sql.prepare(c, sql, f.params(q.limit(), q.offset())); ResultSet r = p.executeQuery()) {
      while (r.next()) {
        out.add(summary(r));
      }
    }
    return out;
  }

  static Optional<StoredDocument> one(Connection c, String doc) throws SQLException {
    DocumentSummary s;
    String text;
    String sql = "WITH page AS (SELECT * FROM documents WHERE doc_id = ?) " + SUMMARY.replace(" FROM page d", ", d.text FROM page d");
    try (PreparedStatement p = Sql.prepare(c, sql, List.of(doc)); ResultSet r = p.executeQuery()) {
      if (!r.next()) {
        return Optional.empty();
      }
      s = summary(r);
      text = r.getString("text");
    }
    return Optional.of(new StoredDocument(s, text, DocumentFacts.mentions(c, doc), DocumentFacts.quotes(c, doc), DocumentFacts.events(c, doc)));
  }

  private static DocumentSummary summary(ResultSet r) throws SQLException {
    return new DocumentSummary(r.getString("doc_id"), r.getString("title"), Sql.text(r, "published"), Sql.text(r, "outlet"),
        Sql.text(r, "url"), Sql.text(r, "author"), r.getInt("chars"), r.getInt("actors"), r.getInt("quotes"), r.getInt("events"));
  }
}
