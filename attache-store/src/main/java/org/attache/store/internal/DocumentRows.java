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
 * every fact at its offsets. The page is cut first; its counts are then aggregated over the
 * facts of its articles only, each table filtered by their ids, so a page costs about the same
 * whatever the size of the store. (Counts as correlated subqueries were planned as aggregates over
 * every row of three million-row tables: a second per page at a million articles.)
 */
final class DocumentRows {

  private static final String ORDER = " ORDER BY d.published_day DESC NULLS LAST, d.seq DESC";

  private DocumentRows() {}

  /** The summaries of the articles {@code page} selects (a query of documents rows), with their counts, in page order. */
  private static String summaries(String page, boolean withText) {
    String in = " WHERE doc_id IN (SELECT doc_id FROM page) GROUP BY doc_id)";
    return "WITH page AS MATERIALIZED (SELECT doc_id, title, published, outlet, url, author, seq, published_day, length(text) AS chars"
        + (withText ? ", text" : "") + " FROM (" + page + ")),"
        + " ra AS (SELECT doc_id, count(DISTINCT actor_id) AS n FROM roles" + in + ","
        + " qa AS (SELECT doc_id, count(*) AS n FROM quotes" + in + ","
        + " ea AS (SELECT doc_id, count(*) AS n FROM event_mentions" + in
        + " SELECT d.*, coalesce(ra.n, 0) AS actors, coalesce(qa.n, 0) AS quotes, coalesce(ea.n, 0) AS events FROM page d"
        + " LEFT JOIN ra USING (doc_id) LEFT JOIN qa USING (doc_id) LEFT JOIN ea USING (doc_id)" + ORDER;
  }

  static List<DocumentSummary> find(Connection c, DocumentQuery q) throws SQLException {
    Filter f = new Filter().and("d.duplicate_of IS NULL");
    if (q.actor().isPresent()) {
      List<String> ids = ActorNames.ids(ActorNames.side(c, q.actor().get()));
      f.and("d.doc_id IN (SELECT doc_id FROM roles WHERE actor_id IN (" + Sql.marks(ids.size()) + "))", Sql.orNone(ids).toArray());
    }
    q.outlet().ifPresent(o -> f.and("lower(d.outlet) = lower(?)", o));
    f.overlaps(q.dates(), "d.published_day", "d.published_day");
    List<DocumentSummary> out = new ArrayList<>();
    String sql = summaries("SELECT * FROM documents d" + f.sql() + ORDER + " LIMIT ? OFFSET ?", false);
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
    String sql = summaries("SELECT * FROM documents WHERE doc_id = ?", true);
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
