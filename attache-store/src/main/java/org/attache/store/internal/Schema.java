package org.attache.store.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.attache.nlp.event.CameoTable;
import org.attache.store.SchemaVersionException;

/**
 * Creates the store's tables and views, and checks the version of a store that exists: the current
 * version opens; an older one is migrated step by step where a migration exists and refused
 * otherwise; a newer one, or a database that is not an Attaché store, is refused. The CAMEO table
 * is rewritten on every writable open so that edits to cameo.tsv reach old stores.
 */
public final class Schema {

  /** The schema version this code writes and reads. */
  public static final int VERSION = 3;

  /** Every events row with the evidence of its first telling, as version 3 keeps it. */
  private static final String FIRST_EVIDENCE = "SELECT e.* REPLACE (x.evidence AS evidence, x.doc_id AS evidence_doc) FROM events e"
      + " LEFT JOIN (" + EventEvidence.firstTellings("true") + ") x ON x.event_id = e.event_id";

  /** The oldest version a migration chain leads up from. */
  private static final int OLDEST_MIGRATABLE = 1;

  private Schema() {}

  /** Creates a fresh store's schema, or checks (and migrates) an existing one. */
  public static void prepare(Connection c, Path file, boolean writable) throws SQLException {
    if (!exists(c, "schema_version")) {
      if (exists(c, "documents") || !writable) {
        throw new SchemaVersionException(file + " is not an Attaché store (it has no schema_version table)"
            + (writable ? "" : "; run `attache ingest` to create one"));
      }
      create(c);
      return;
    }
    int found = version(c);
    if (found > VERSION) {
      throw new SchemaVersionException("store " + file + " was written by schema version " + found + ", newer than this Attaché reads ("
          + VERSION + "); upgrade Attaché to open it");
    }
    if (found < OLDEST_MIGRATABLE) {
      throw new SchemaVersionException("store " + file + " has schema version " + found + " and this Attaché reads version " + VERSION
          + "; no migration from version " + found + " exists: export it with the older Attaché or ingest the articles into a new store");
    }
    if (found < VERSION && !writable) {
      throw new SchemaVersionException("store " + file + " has schema version " + found + " and this Attaché reads version " + VERSION
          + "; it is migrated when opened for writing: run `attache ingest --store " + file.getParent() + "` (with no files) once, then retry");
    }
    if (found < VERSION) {
      migrate(c, found);
    }
    if (writable) {
      refreshCameo(c);
    }
  }

  private static void create(Connection c) throws SQLException {
    execute(c, statements());
    execute(c, "INSERT INTO schema_version VALUES (" + VERSION + ", 'attache 0.1.0', now())");
    refreshCameo(c);
  }

  /** Brings a store from {@code found} up to {@link #VERSION} in one transaction, one step per version. */
  private static void migrate(Connection c, int found) throws SQLException {
    boolean auto = c.getAutoCommit();
    c.setAutoCommit(false);
    try (Statement s = c.createStatement()) {
      for (int v = found; v < VERSION; v++) {
        step(c, v);
        s.execute("INSERT INTO schema_version VALUES (" + (v + 1) + ", 'attache 0.1.0 (migrated)', now())");
      }
      c.commit();
    } catch (SQLException | RuntimeException e) {
      c.rollback();
      throw e;
    } finally {
      c.setAutoCommit(auto);
    }
  }

  /** Takes a store from version {@code from} to {@code from + 1}, within the migration's transaction. */
  private static void step(Connection c, int from) throws SQLException {
    if (from == 1) {
      execute(c, "ALTER TABLE events ADD COLUMN source_country VARCHAR", "ALTER TABLE events ADD COLUMN target_country VARCHAR",
          sides("source"), sides("target"));
    } else if (from == 2) {
      execute(c, "ALTER TABLE events ADD COLUMN evidence VARCHAR", "ALTER TABLE events ADD COLUMN evidence_doc VARCHAR",
          "CREATE TABLE store_state (name VARCHAR NOT NULL, value BIGINT NOT NULL)", "INSERT INTO store_state VALUES ('events_unclustered', 0)",
          statement("CREATE VIEW event_v ").replaceFirst("CREATE VIEW", "CREATE OR REPLACE VIEW"));
      // one rewrite both fills the new columns and puts the rows in order
      EventClustering.rewrite(c, FIRST_EVIDENCE);
    } else {
      throw new IllegalStateException("no migration from schema version " + from);
    }
  }

  private static void execute(Connection c, String... statements) throws SQLException {
    try (Statement s = c.createStatement()) {
      for (String statement : statements) {
        s.execute(statement);
      }
    }
  }

  /** Fills {@code events.<end>_country} from the actors table, as the writer fills it for new events. */
  private static String sides(String end) {
    return "UPDATE events SET " + end + "_country = x.side FROM (SELECT actor_id, " + SideCountry.sql("a") + " AS side FROM actors a) x"
        + " WHERE x.actor_id = events." + end + "_id";
  }

  private static void refreshCameo(Connection c) throws SQLException {
    try (Statement s = c.createStatement(); var p = c.prepareStatement("INSERT INTO cameo VALUES (?, ?, ?, ?)")) {
      s.execute("DELETE FROM cameo");
      for (CameoTable.Entry e : CameoTable.bundled().all()) {
        p.setString(1, e.code());
        p.setString(2, e.label());
        p.setDouble(3, e.goldstein());
        p.setInt(4, e.quadClass());
        p.addBatch();
      }
      p.executeBatch();
    }
  }

  static int version(Connection c) throws SQLException {
    try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT max(version) FROM schema_version")) {
      r.next();
      return r.getInt(1);
    }
  }

  private static boolean exists(Connection c, String table) throws SQLException {
    try (var p = c.prepareStatement("SELECT count(*) FROM information_schema.tables WHERE table_name = ?")) {
      p.setString(1, table);
      try (ResultSet r = p.executeQuery()) {
        r.next();
        return r.getLong(1) > 0;
      }
    }
  }

  /** Returns the statement of the bundled schema that starts with {@code start}. */
  private static String statement(String start) {
    for (String s : statements()) {
      if (s.strip().startsWith(start)) {
        return s;
      }
    }
    throw new IllegalStateException("schema-v" + VERSION + ".sql has no statement starting " + start);
  }

  private static String[] statements() {
    try (InputStream in = Schema.class.getResourceAsStream("/org/attache/store/schema-v" + VERSION + ".sql")) {
      if (in == null) {
        throw new IllegalStateException("schema-v" + VERSION + ".sql missing from the classpath");
      }
      StringBuilder sql = new StringBuilder();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (!line.strip().startsWith("--")) {
          sql.append(line).append('\n');
        }
      }
      return sql.toString().split(";\\s*\n");
    } catch (IOException e) {
      throw new IllegalStateException("cannot read the bundled schema: " + e.getMessage(), e);
    }
  }
}
