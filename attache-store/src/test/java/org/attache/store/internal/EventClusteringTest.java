package org.attache.store.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.attache.nlp.actor.ActorRegistry;
import org.attache.store.DateRange;
import org.attache.store.EventQuery;
import org.attache.store.KnowledgeBase;
import org.attache.store.Period;
import org.attache.store.Timeline;
import org.attache.store.TimelineEvent;
import org.attache.store.synth.SyntheticCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Putting the events table in order changes where its rows lie, never what a query answers; and
 * the writer only does it when the rows appended out of order are both many and a large share.
 */
class EventClusteringTest {

  @TempDir
  Path dir;

  @Test
  void aRewriteSortsTheRowsAndChangesNoAnswer() throws SQLException {
    try (KnowledgeBase kb = KnowledgeBase.open(dir)) {
      SyntheticCorpus corpus = new SyntheticCorpus(ActorRegistry.bundled(), 3);
      for (int b = 0; b < 4; b++) {
        kb.add(corpus.batch(b * 150L, 150));
      }
    }
    List<Object> before = answers();
    try (Connection c = connect()) {
      assertThat(unclustered(c)).isEqualTo(rows(c, "SELECT count(*) FROM events"));
      assertThat(sorted(c)).isFalse();
      c.setAutoCommit(false);
      EventClustering.rewrite(c);
      c.commit();
      assertThat(sorted(c)).isTrue();
      assertThat(unclustered(c)).isZero();
    }
    assertThat(answers()).isEqualTo(before);
  }

  @Test
  void aRewriteIsDueOnceTheAppendedRowsAreManyAndAFifthOfTheTable() {
    assertThat(EventClustering.due(10_000, 10_000)).as("a small table").isFalse();
    assertThat(EventClustering.due(60_000, 1_000_000)).as("a small share").isFalse();
    assertThat(EventClustering.due(200_000, 1_000_000)).isTrue();
    assertThat(EventClustering.due(60_000, 60_000)).isTrue();
  }

  /** Every country pair's timeline by month and the first page of events: what the order could disturb. */
  private List<Object> answers() {
    List<Object> out = new ArrayList<>();
    try (KnowledgeBase kb = KnowledgeBase.openReadOnly(dir)) {
      List<String> countries = List.of("Azerbaijan", "Armenia", "Russia", "Turkey", "Georgia", "Iran");
      for (String a : countries) {
        for (String b : countries) {
          out.add(kb.timeline(a, b, Period.MONTH));
        }
      }
      List<TimelineEvent> events = kb.events(new EventQuery(Optional.empty(), Optional.empty(), DateRange.ALL, Optional.empty(), 0, 50));
      out.add(events);
    }
    assertThat(out).anySatisfy(o -> assertThat(o).isInstanceOf(Timeline.class)
        .satisfies(t -> assertThat(((Timeline) t).periods()).isNotEmpty()));
    return out;
  }

  private Connection connect() throws SQLException {
    return DriverManager.getConnection("jdbc:duckdb:" + dir.resolve(Store.DATABASE).toAbsolutePath());
  }

  private static long unclustered(Connection c) throws SQLException {
    return rows(c, "SELECT value FROM store_state WHERE name = 'events_unclustered'");
  }

  /** Whether each row's sort key is at least the one before it, in the table's own order. */
  private static boolean sorted(Connection c) throws SQLException {
    return rows(c, "SELECT count(*) FROM (SELECT k, lag(k) OVER (ORDER BY pos) AS prev FROM (SELECT rowid AS pos, ("
        + EventClustering.ORDER + ") AS k FROM events)) WHERE k < prev") == 0;
  }

  private static long rows(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
      r.next();
      return r.getLong(1);
    }
  }
}
