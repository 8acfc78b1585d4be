package org.attache.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BrowsingQueriesTest {

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
  void documentsListNewestFirstWithTheirFactCounts() {
    var docs = kb.documents(DocumentQuery.all(10));
    assertThat(docs).extracting(DocumentSummary::doc).containsExactly("apa-2", "apa-1", "tass-1");
    assertThat(docs.get(1).quotes()).isEqualTo(1);
    assertThat(docs.get(1).events()).isEqualTo(2);
    assertThat(docs.get(1).actors()).isEqualTo(3);
  }

  @Test
  void documentsPageAndFilterByActorOutletAndDate() {
    assertThat(kb.documents(new DocumentQuery(Optional.empty(), Optional.empty(), DateRange.ALL, 1, 1))).extracting(DocumentSummary::doc)
        .containsExactly("apa-1");
    assertThat(kb.documents(new DocumentQuery(Optional.of("Lavrov"), Optional.of("apa"), DateRange.ALL, 0, 10)))
        .extracting(DocumentSummary::doc).containsExactly("apa-1");
    assertThat(kb.documents(new DocumentQuery(Optional.empty(), Optional.empty(), DateRange.parse("2021-11", null), 0, 10)))
        .extracting(DocumentSummary::doc).containsExactly("apa-2");
  }

  @Test
  void oneDocumentCarriesItsTextAndFactsAtTheirOffsets() {
    StoredDocument d = kb.document("apa-1").orElseThrow();
    for (var m : d.mentions()) {
      assertThat(d.text().substring(m.start(), m.end())).isEqualTo(m.text());
    }
    var q = d.quotes().get(0);
    assertThat(d.text().substring(q.start(), q.end())).isEqualTo("Karabakh is Azerbaijan,");
    assertThat(q.speaker().orElseThrow().name()).isEqualTo("Jeyhun Bayramov");
    assertThat(q.about()).extracting(ActorRef::id).containsExactly("aze");
    assertThat(d.events()).extracting(StoredDocument.EventAt::cameo).containsExactlyInAnyOrder("042", "040");
    var meet = d.events().stream().filter(e -> e.cameo().equals("040")).findFirst().orElseThrow();
    assertThat(d.text().substring(meet.start(), meet.end())).isEqualTo("met Jeyhun Bayramov");
    assertThat(meet.source().name()).isEqualTo("Sergey Lavrov");
    assertThat(meet.status()).isEqualTo("happened");
    assertThat(kb.document("nope")).isEmpty();
  }

  @Test
  void actorsListMostDocumentedFirstAndFilter() {
    var all = kb.actors(new ActorQuery(Optional.empty(), Optional.empty(), Optional.empty(), 0, 100));
    assertThat(all.get(0).documents()).isGreaterThanOrEqualTo(all.get(all.size() - 1).documents());
    assertThat(kb.actors(new ActorQuery(Optional.of("bayram"), Optional.empty(), Optional.empty(), 0, 10)))
        .extracting(s -> s.actor().id()).containsExactly("jeyhun-bayramov");
    assertThat(kb.actors(new ActorQuery(Optional.empty(), Optional.of("person"), Optional.of("arm"), 0, 10)))
        .extracting(s -> s.actor().id()).containsExactly("ararat-mirzoyan");
  }

  @Test
  void eventsFilterByActorCodeDateAndStatus() {
    assertThat(kb.events(new EventQuery(Optional.of("Bayramov"), Optional.empty(), DateRange.ALL, Optional.empty(), 0, 10)))
        .extracting(TimelineEvent::cameo).containsExactly("040", "040");
    assertThat(kb.events(new EventQuery(Optional.empty(), Optional.of("042"), DateRange.ALL, Optional.of("happened"), 0, 10))).hasSize(1);
    assertThat(kb.events(new EventQuery(Optional.empty(), Optional.empty(), DateRange.parse("2021-11", null), Optional.empty(), 0, 10)))
        .extracting(TimelineEvent::location).containsExactly(Optional.of("Washington"));
    assertThat(kb.events(new EventQuery(Optional.empty(), Optional.empty(), DateRange.ALL, Optional.of("negated"), 0, 10))).isEmpty();
  }

  @Test
  void pagingBeyondTheBoundsIsTheCallersMistake() {
    assertThatThrownBy(() -> DocumentQuery.all(10_001)).hasMessageContaining("limit must lie in 1..10000: 10001");
    assertThatThrownBy(() -> new EventQuery(Optional.empty(), Optional.of("4x"), DateRange.ALL, Optional.empty(), 0, 1))
        .hasMessageContaining("code must be 1-4 digits");
  }
}
