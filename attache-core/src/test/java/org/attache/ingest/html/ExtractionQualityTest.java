package org.attache.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import org.attache.ingest.BoilerplateFilter;
import org.attache.ingest.HtmlPages;
import org.attache.ingest.IngestConfig;
import org.attache.ingest.PlainTextReader;
import org.attache.model.Article;
import org.junit.jupiter.api.Test;

/**
 * Measures main-content extraction on the saved pages against their hand-marked text, for ours
 * and for Readability4J through the same downstream cleaning; docs/ingest.md reports the figures.
 */
class ExtractionQualityTest {

  private static WordOverlap measure(Supplier<ContentExtractor> extractor, List<String> pages, List<String> lines) {
    PlainTextReader text = new PlainTextReader(BoilerplateFilter.bundled(), 100_000);
    WordOverlap total = new WordOverlap(0, 0, 0);
    for (String name : pages) {
      Optional<Article> a = HtmlPages.read(text, IngestConfig.defaults(), extractor, name, SavedPages.html(name));
      String body = a.map(x -> x.text().substring(x.title().length()).strip()).orElse("");
      WordOverlap o = WordOverlap.of(body, SavedPages.gold(name));
      lines.add(String.format(Locale.ROOT, "%-24s P=%.3f R=%.3f F1=%.3f", name, o.precision(), o.recall(), o.f1()));
      total = total.plus(o);
    }
    lines.add(String.format(Locale.ROOT, "%-24s P=%.3f R=%.3f F1=%.3f", "all (word-weighted)", total.precision(), total.recall(),
        total.f1()));
    return total;
  }

  @Test
  void blockScoringKeepsTheHandMarkedTextOfTheSavedPages() {
    List<String> lines = new ArrayList<>();
    WordOverlap tuning = measure(BlockScoringExtractor::new, SavedPages.TUNING, lines);
    WordOverlap heldOut = measure(BlockScoringExtractor::new, SavedPages.HELD_OUT, lines);
    lines.forEach(l -> System.out.println("ours        " + l));
    assertThat(tuning.f1()).isGreaterThan(0.95);
    assertThat(heldOut.f1()).isGreaterThan(0.85);
  }

  @Test
  void readability4jIsMeasuredOnTheSamePagesForComparison() {
    List<String> lines = new ArrayList<>();
    measure(ReadabilityExtractor::new, SavedPages.TUNING, lines);
    WordOverlap theirs = measure(ReadabilityExtractor::new, SavedPages.HELD_OUT, lines);
    lines.forEach(l -> System.out.println("readability " + l));
    assertThat(theirs.kept()).isPositive();
  }
}
