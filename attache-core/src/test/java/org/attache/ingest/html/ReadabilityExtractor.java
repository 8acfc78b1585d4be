package org.attache.ingest.html;

import java.util.List;
import net.dankito.readability4j.Readability4J;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Readability4J (a port of Mozilla's Readability) behind our extractor interface, only to measure
 * ours against it on the same pages and the same downstream cleaning.
 */
final class ReadabilityExtractor implements ContentExtractor {

  @Override
  public MainText extract(Document page) {
    String content = new Readability4J("https://example.org/page", page.outerHtml()).parse().getContent();
    if (content == null) {
      return new MainText(List.of(), List.of());
    }
    List<String> paragraphs = Blocks.of(Jsoup.parse(content).body()).stream().map(TextBlock::text).toList();
    return new MainText(paragraphs, List.of());
  }
}
