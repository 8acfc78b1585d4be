package org.attache.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.attache.model.Actor;
import org.attache.model.Analysis;
import org.attache.model.Article;
import org.attache.model.EntityType;
import org.attache.model.Event;
import org.attache.model.EventStatus;
import org.attache.model.FuzzyDate;
import org.attache.model.TextSpan;
import org.attache.nlp.event.CameoTable;
import org.junit.jupiter.api.Test;

class GdeltWriterTest {

  private static final Actor LAVROV = new Actor("sergey-lavrov", "Sergey Lavrov", EntityType.PERSON, Optional.of("RUS"), List.of());
  private static final Actor AZERBAIJAN = new Actor("aze", "Azerbaijan", EntityType.GPE, Optional.of("AZE"), List.of());

  private static Analysis visit(Optional<FuzzyDate> date) {
    String text = "Lavrov visits Baku\n\nSergey Lavrov visited Azerbaijan.";
    Article a = Article.of("doc-1", "Lavrov visits Baku", text).withPublished(FuzzyDate.parse("2019-12-04"));
    Event e = new Event("042", LAVROV, Optional.of(AZERBAIJAN), date, a.published(), Optional.of("Baku"), EventStatus.HAPPENED,
        new TextSpan(20, 52), "Sergey Lavrov visited Azerbaijan", "visit/VERB obj -> 042");
    return new Analysis(a, List.of(), List.of(), List.of(e), List.of());
  }

  private static List<String> fields(String row) {
    return List.of(row.split("\t", -1));
  }

  @Test
  void rowHasAColumnForEveryHeaderName() {
    GdeltWriter w = new GdeltWriter(CameoTable.bundled());
    String row = w.rows(visit(Optional.of(FuzzyDate.parse("2019-12-03")))).get(0);
    assertThat(fields(row)).hasSameSizeAs(GdeltWriter.COLUMNS);
    assertThat(w.header().split("\t")).hasSize(GdeltWriter.COLUMNS.size());
  }

  @Test
  void datedEventUsesTheDateOfTheTextAndCountryCodes() {
    List<String> f = fields(new GdeltWriter(CameoTable.bundled()).rows(visit(Optional.of(FuzzyDate.parse("2019-12-03")))).get(0));
    assertThat(f.get(GdeltWriter.COLUMNS.indexOf("SQLDATE"))).isEqualTo("20191203");
    assertThat(f.get(GdeltWriter.COLUMNS.indexOf("Actor1CountryCode"))).isEqualTo("RUS");
    assertThat(f.get(GdeltWriter.COLUMNS.indexOf("Actor2Code"))).isEqualTo("AZE");
    assertThat(f.get(GdeltWriter.COLUMNS.indexOf("EventRootCode"))).isEqualTo("04");
    assertThat(f.get(GdeltWriter.COLUMNS.indexOf("QuadClass"))).isEqualTo("1");
    assertThat(f.get(GdeltWriter.COLUMNS.indexOf("AttacheDateSource"))).isEqualTo("text");
  }

  @Test
  void undatedEventFallsBackToThePublicationDayAndSaysSo() {
    List<String> f = fields(new GdeltWriter(CameoTable.bundled()).rows(visit(Optional.empty())).get(0));
    assertThat(f.get(GdeltWriter.COLUMNS.indexOf("SQLDATE"))).isEqualTo("20191204");
    assertThat(f.get(GdeltWriter.COLUMNS.indexOf("AttacheDate"))).isEmpty();
    assertThat(f.get(GdeltWriter.COLUMNS.indexOf("AttacheDateSource"))).isEqualTo("reported");
  }
}
