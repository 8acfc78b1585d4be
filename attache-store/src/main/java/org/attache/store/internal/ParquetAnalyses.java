package org.attache.store.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.attache.model.Actor;
import org.attache.model.Analysis;
import org.attache.model.Article;
import org.attache.model.Entity;
import org.attache.model.EntityType;
import org.attache.model.Event;
import org.attache.model.EventStatus;
import org.attache.model.FuzzyDate;
import org.attache.model.Mention;
import org.attache.model.Problem;
import org.attache.model.Quote;
import org.attache.model.QuoteKind;
import org.attache.model.TextSpan;

/**
 * Reads the store's tables back from Parquet files (the store's own export, or the Spark job's
 * folders of month partitions) as analyses, batch by batch in document order, through an
 * in-memory DuckDB. What the tables do not keep is not invented: a quote's cue is found again by
 * its words, its speaker mention is lost, and each event mention takes its merged event's actors.
 * Not thread-safe.
 */
public final class ParquetAnalyses implements AutoCloseable {

  private static final List<String> TABLES = List.of("documents", "actors", "roles", "mentions", "quotes", "quote_about", "events",
      "event_mentions", "problems");

  private final Connection c;
  private final Map<String, Actor> actors = new HashMap<>();

  private ParquetAnalyses(Connection c) {
    this.c = c;
  }

  /** Opens the tables under {@code dir}: each {@code dir/TABLE.parquet} or {@code dir/TABLE/**}. */
  public static ParquetAnalyses open(Path dir, int batch) throws SQLException {
    Connection c = DriverManager.getConnection("jdbc:duckdb:");
    try (Statement s = c.createStatement()) {
      for (String t : TABLES) {
        s.execute("CREATE TABLE " + t + " AS SELECT * FROM read_parquet(" + files(dir, t) + ", hive_partitioning = true, union_by_name = true)");
      }
      s.execute("CREATE TABLE batch AS SELECT doc_id, (row_number() OVER (ORDER BY doc_id) - 1) // " + batch + " AS b FROM"
          + " (SELECT doc_id FROM documents UNION SELECT doc_id FROM problems)");
    } catch (SQLException e) {
      c.close();
      throw e;
    }
    ParquetAnalyses p = new ParquetAnalyses(c);
    p.readActors();
    return p;
  }

  /** Hands on every document's analysis, one list per batch. */
  public void forEachBatch(Consumer<List<Analysis>> sink) throws SQLException {
    long batches = scalar("SELECT coalesce(max(b) + 1, 0) FROM batch");
    for (long b = 0; b < batches; b++) {
      sink.accept(batch(b));
    }
  }

  private List<Analysis> batch(long b) throws SQLException {
    Map<String, Article> articles = new LinkedHashMap<>();
    String in = " WHERE doc_id IN (SELECT doc_id FROM batch WHERE b = ?) ORDER BY doc_id";
    for (Object[] r : rows("SELECT doc_id, title, text, published, outlet, url, author FROM documents" + in, b)) {
      articles.put(str(r[0]), new Article(str(r[0]), str(r[1]), str(r[2]), opt(r[3]).map(FuzzyDate::parse), opt(r[4]), opt(r[5]), opt(r[6]),
          List.of()));
    }
    Map<String, List<Problem>> problems = new HashMap<>();
    for (Object[] r : rows("SELECT doc_id, stage, message FROM problems" + in, b)) {
      problems.computeIfAbsent(str(r[0]), k -> new ArrayList<>()).add(new Problem(str(r[0]), str(r[1]), str(r[2])));
      articles.computeIfAbsent(str(r[0]), id -> Article.of(id, "", ""));
    }
    Map<String, List<Entity>> entities = entities(in, b);
    Map<String, List<Quote>> quotes = quotes(in, b, articles);
    Map<String, List<Event>> events = events(b);
    List<Analysis> out = new ArrayList<>();
    for (Article a : articles.values()) {
      out.add(new Analysis(a, entities.getOrDefault(a.id(), List.of()), quotes.getOrDefault(a.id(), List.of()),
          events.getOrDefault(a.id(), List.of()), problems.getOrDefault(a.id(), List.of())));
    }
    return out;
  }

  private Map<String, List<Entity>> entities(String in, long b) throws SQLException {
    Map<String, Map<String, List<Mention>>> mentions = new HashMap<>();
    for (Object[] r : rows("SELECT doc_id, actor_id, start_char, end_char, text, type FROM mentions" + in + ", start_char", b)) {
      mentions.computeIfAbsent(str(r[0]), k -> new HashMap<>()).computeIfAbsent(str(r[1]), k -> new ArrayList<>())
          .add(new Mention(new TextSpan(num(r[2]), num(r[3])), str(r[4]), EntityType.valueOf(str(r[5]))));
    }
    Map<String, List<Entity>> out = new HashMap<>();
    for (Object[] r : rows("SELECT doc_id, actor_id, role FROM roles" + in + ", actor_id", b)) {
      List<Mention> m = mentions.getOrDefault(str(r[0]), Map.of()).getOrDefault(str(r[1]), List.of());
      out.computeIfAbsent(str(r[0]), k -> new ArrayList<>()).add(new Entity(actor(str(r[1])), opt(r[2]), m));
    }
    return out;
  }

  private Map<String, List<Quote>> quotes(String in, long b, Map<String, Article> articles) throws SQLException {
    Map<Long, List<Actor>> about = new HashMap<>();
    for (Object[] r : rows("SELECT a.quote_id, a.actor_id FROM quote_about a JOIN quotes q ON q.quote_id = a.quote_id"
        + " WHERE q.doc_id IN (SELECT doc_id FROM batch WHERE b = ?) ORDER BY a.quote_id, a.actor_id", b)) {
      about.computeIfAbsent(((Number) r[0]).longValue(), k -> new ArrayList<>()).add(actor(str(r[1])));
    }
    Map<String, List<Quote>> out = new HashMap<>();
    for (Object[] r : rows("SELECT doc_id, quote_id, start_char, end_char, text, kind, speaker_id, cue FROM quotes" + in + ", ordinal", b)) {
      String text = articles.get(str(r[0])).text();
      Optional<TextSpan> cue = opt(r[7]).map(text::indexOf).filter(i -> i >= 0).map(i -> new TextSpan(i, i + str(r[7]).length()));
      out.computeIfAbsent(str(r[0]), k -> new ArrayList<>()).add(new Quote(new TextSpan(num(r[2]), num(r[3])), str(r[4]),
          QuoteKind.valueOf(str(r[5])), opt(r[6]).map(this::actor), cue, Optional.empty(), about.getOrDefault(((Number) r[1]).longValue(), List.of())));
    }
    return out;
  }

  private Map<String, List<Event>> events(long b) throws SQLException {
    Map<String, List<Event>> out = new HashMap<>();
    String sql = "SELECT m.doc_id, m.cameo, e.source_id, e.target_id, m.date, m.reported, m.location, m.status, m.start_char, m.end_char,"
        + " m.evidence, m.pattern FROM event_mentions m JOIN events e ON e.event_id = m.event_id"
        + " WHERE m.doc_id IN (SELECT doc_id FROM batch WHERE b = ?) ORDER BY m.doc_id, m.ordinal";
    for (Object[] r : rows(sql, b)) {
      out.computeIfAbsent(str(r[0]), k -> new ArrayList<>()).add(new Event(str(r[1]), actor(str(r[2])), opt(r[3]).map(this::actor),
          opt(r[4]).map(FuzzyDate::parse), opt(r[5]).map(FuzzyDate::parse), opt(r[6]), EventStatus.valueOf(str(r[7])),
          new TextSpan(num(r[8]), num(r[9])), str(r[10]), str(r[11])));
    }
    return out;
  }

  private void readActors() throws SQLException {
    for (Object[] r : rows("SELECT actor_id, name, type, country, aliases FROM actors", null)) {
      List<String> aliases = str(r[4]).isEmpty() ? List.of() : Arrays.asList(str(r[4]).split("\\|"));
      actors.putIfAbsent(str(r[0]), new Actor(str(r[0]), str(r[1]), EntityType.valueOf(str(r[2])), opt(r[3]), aliases));
    }
  }

  private Actor actor(String id) {
    return actors.computeIfAbsent(id, k -> new Actor(k, k, EntityType.ORG, Optional.empty(), List.of()));
  }

  private List<Object[]> rows(String sql, Object param) throws SQLException {
    List<Object[]> out = new ArrayList<>();
    try (PreparedStatement p = c.prepareStatement(sql)) {
      if (param != null) {
        p.setObject(1, param);
      }
      try (ResultSet r = p.executeQuery()) {
        int n = r.getMetaData().getColumnCount();
        while (r.next()) {
          Object[] row = new Object[n];
          for (int i = 0; i < n; i++) {
            row[i] = r.getObject(i + 1);
          }
          out.add(row);
        }
      }
    }
    return out;
  }

  private long scalar(String sql) throws SQLException {
    try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
      r.next();
      return r.getLong(1);
    }
  }

  private static String files(Path dir, String table) {
    Path single = dir.resolve(table + ".parquet");
    Path pattern = Files.isRegularFile(single) ? single : dir.resolve(table).resolve("**").resolve("*.parquet");
    return "'" + pattern.toAbsolutePath().toString().replace("'", "''") + "'";
  }

  private static String str(Object o) {
    return o == null ? null : o.toString();
  }

  private static Optional<String> opt(Object o) {
    return Optional.ofNullable(o).map(Object::toString);
  }

  private static int num(Object o) {
    return ((Number) o).intValue();
  }

  @Override
  public void close() throws SQLException {
    c.close();
  }
}
