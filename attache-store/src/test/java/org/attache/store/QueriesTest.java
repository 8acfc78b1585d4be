package org.attache.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QueriesTest {

  @TempDir
  static Path dir;

  static KnowledgeBase kb;

  @BeforeAll
  static void store() {
    try (KnowledgeBase w = KnowledgeBase.open(dir)) {
      w.add(Fixture.visitStory());
    }
    kb = KnowledgeBase.openReadOnly(dir);
  }

  @AfterAll
  static void close() {
    kb.close();
  }

  @Test
  void searchRanksAndHighlightsTheMatchedWords() {
    var hits = kb.search(SearchQuery.of("Baku"));
    assertThat(hits).extracting(SearchHit::doc).containsExactlyInAnyOrder("tass-1", "apa-1");
    assertThat(hits.get(0).snippet()).contains("[Baku]");
    assertThat(hits.get(0).score()).isGreaterThanOrEqualTo(hits.get(1).score());
  }

  @Test
  void searchFiltersByActorOutletAndDate() {
    assertThat(kb.search(new SearchQuery("Baku", Optional.of("Bayramov"), Optional.empty(), DateRange.ALL, 10, false)))
        .extracting(SearchHit::doc).containsExactly("apa-1");
    assertThat(kb.search(new SearchQuery("Baku", Optional.empty(), Optional.of("tass"), DateRange.ALL, 10, false)))
        .extracting(SearchHit::doc).containsExactly("tass-1");
    assertThat(kb.search(new SearchQuery("Baku", Optional.empty(), Optional.empty(), DateRange.parse("2021-10-14", null), 10, false)))
        .extracting(SearchHit::doc).containsExactly("apa-1");
  }

  @Test
  void searchOverQuotesNamesTheSpeaker() {
    var hits = kb.search(new SearchQuery("Karabakh", Optional.empty(), Optional.empty(), DateRange.ALL, 10, true));
    assertThat(hits).extracting(h -> h.speaker().orElse("")).containsExactlyInAnyOrder("Sergey Lavrov", "Jeyhun Bayramov");
  }

  @Test
  void malformedSearchSyntaxIsTheCallersMistake() {
    assertThatThrownBy(() -> kb.search(SearchQuery.of("\"unclosed"))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unclosed");
  }

  @Test
  void quotesBySpeakerAboutAndDateNewestFirst() {
    assertThat(kb.quotes(QuoteQuery.bySpeaker("Bayramov", 10))).extracting(StoredQuote::doc).containsExactly("apa-2", "apa-1");
    assertThat(kb.quotes(new QuoteQuery(Optional.empty(), Optional.of("Armenia"), DateRange.ALL, 10))).extracting(StoredQuote::doc)
        .containsExactly("apa-2");
    assertThat(kb.quotes(new QuoteQuery(Optional.of("Azerbaijan"), Optional.empty(), DateRange.parse(null, "2021-10"), 10)))
        .singleElement().satisfies(q -> {
          assertThat(q.speaker()).contains("Jeyhun Bayramov");
          assertThat(q.about()).containsExactly("Azerbaijan");
        });
  }

  @Test
  void timelineBetweenCountriesCountsMergedEventsPerMonth() {
    Timeline t = kb.timeline("Russia", "Azerbaijan", Period.MONTH);
    assertThat(t.periods()).singleElement().satisfies(p -> {
      assertThat(p.start()).hasToString("2021-10-01");
      assertThat(p.quadCounts()).containsExactly(2, 0, 0, 0);
      assertThat(p.meanGoldstein()).hasValueCloseTo((1.9 + 1.0) / 2, org.assertj.core.data.Offset.offset(1e-9));
      assertThat(p.events()).extracting(TimelineEvent::mentions).contains(2);
    });
  }

  @Test
  void timelineListsTheMostToldEventsOfEachPeriodButCountsThemAll() {
    assertThat(kb.timeline("Russia", "Azerbaijan", Period.MONTH, 1).periods()).singleElement().satisfies(p -> {
      assertThat(p.eventCount()).isEqualTo(2);
      assertThat(p.quadCounts()).containsExactly(2, 0, 0, 0);
      assertThat(p.events()).singleElement().satisfies(e -> assertThat(e.mentions()).isEqualTo(2));
    });
    assertThat(kb.timeline("Russia", "Azerbaijan", Period.YEAR, 0).periods()).singleElement().satisfies(p -> {
      assertThat(p.eventCount()).isEqualTo(2);
      assertThat(p.events()).isEmpty();
    });
  }

  @Test
  void storedNamesTheArticlesKeptWithTheSameContent() {
    var story = Fixture.visitStory().stream().map(org.attache.model.Analysis::article).toList();
    var changed = Fixture.article("apa-1", "2021-10-14", "APA", "A corrected text.").build().article();
    var unknown = Fixture.article("new-1", "2021-10-14", "APA", "Not stored.").build().article();
    assertThat(kb.stored(java.util.List.of(story.get(0), story.get(2), changed, unknown))).containsExactlyInAnyOrder("tass-1", "apa-2");
    assertThat(kb.stored(java.util.List.of())).isEmpty();
  }

  @Test
  void timelineOfActorsWithoutEventsIsEmpty() {
    assertThat(kb.timeline("Russia", "Armenia", Period.YEAR).periods()).isEmpty();
  }

  @Test
  void actorProfileGivesRolesPartnersEventsAndQuotes() {
    ActorProfile p = kb.actor("Bayramov").orElseThrow();
    assertThat(p.actor().id()).isEqualTo("jeyhun-bayramov");
    assertThat(p.documents()).isEqualTo(2);
    assertThat(p.roles()).singleElement().satisfies(r -> assertThat(r.role()).isEqualTo("Foreign Minister of Azerbaijan"));
    assertThat(p.partners()).extracting(x -> x.actor().id()).containsExactlyInAnyOrder("sergey-lavrov", "ararat-mirzoyan");
    assertThat(p.events()).singleElement().satisfies(e -> assertThat(e.events()).isEqualTo(2));
    assertThat(p.quotes()).hasSize(2);
    assertThat(kb.actor("Nobody At All")).isEmpty();
  }

  @Test
  void graphHasTheInteractingActorsInEveryFormat() throws Exception {
    Graph g = kb.graph(DateRange.ALL);
    assertThat(g.nodes()).extracting(Graph.Node::id).contains("sergey-lavrov", "aze", "jeyhun-bayramov");
    assertThat(g.edges()).filteredOn(e -> e.source().equals("sergey-lavrov") && e.target().equals("aze")).singleElement()
        .satisfies(e -> assertThat(e.events()).isEqualTo(1));
    assertThat(kb.graph(DateRange.parse("2021-11", null)).edges()).singleElement().satisfies(e -> assertThat(e.target()).isEqualTo("ararat-mirzoyan"));
    for (GraphFormat f : GraphFormat.values()) {
      StringWriter w = new StringWriter();
      new GraphWriter().write(g, f, w);
      assertThat(w.toString()).as(f.name()).contains("sergey-lavrov").contains("Jeyhun Bayramov");
    }
  }

  @Test
  void framingCountsTheLongerTermOnceWhereItContainsTheShorter() {
    var counts = kb.framing(FramingTerms.bundled());
    assertThat(counts).filteredOn(c -> c.topic().equals("region"))
        .extracting(c -> c.outlet() + ":" + c.term() + "=" + c.uses())
        .containsExactlyInAnyOrder("TASS:Nagorno-Karabakh=1", "APA:Karabakh=1");
    assertThat(counts).filteredOn(c -> c.topic().equals("territories")).extracting(c -> c.outlet() + ":" + c.term() + "=" + c.articles())
        .containsExactly("APA:occupied territories=1");
  }

  @Test
  void exportWritesEveryFormat(@TempDir Path out) throws Exception {
    for (ExportFormat f : ExportFormat.values()) {
      Path d = out.resolve(f.name());
      assertThat(kb.export(f, d)).isNotEmpty().allSatisfy(p -> assertThat(p).exists());
    }
    assertThat(Files.readAllLines(out.resolve("GDELT/events.gdelt.tsv"))).hasSize(4).first().asString().startsWith("GLOBALEVENTID\tSQLDATE");
    assertThat(Files.readString(out.resolve("JSONL/documents.jsonl"))).contains("\"doc_id\":\"tass-1\"");
  }
}
