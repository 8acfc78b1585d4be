package org.attache.app;

import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.attache.store.KnowledgeBase;
import org.attache.store.SearchHit;
import org.attache.store.SearchQuery;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code attache search}: ranked full-text search with highlighted snippets. */
@Command(name = "search", mixinStandardHelpOptions = true,
    description = "Search stored articles (Lucene syntax: words, \"phrases\", AND/OR/NOT, title:word).")
final class SearchCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Mixin
  StoreOptions store;

  @Option(names = "--actor", paramLabel = "A", description = "Only articles naming this actor.")
  String actor;

  @Option(names = "--outlet", paramLabel = "O", description = "Only articles from this outlet.")
  String outlet;

  @Mixin
  DateOptions dates;

  @Option(names = "--limit", defaultValue = "10", description = "Hits to show (default 10).")
  int limit;

  @Option(names = "--quotes", description = "Search quotes instead of articles.")
  boolean quotes;

  @Parameters(paramLabel = "QUERY", arity = "1..*", description = "The query.")
  List<String> words;

  @Override
  public Integer call() {
    SearchQuery q = new SearchQuery(String.join(" ", words), Optional.ofNullable(actor), Optional.ofNullable(outlet),
        dates.range(), limit, quotes);
    PrintWriter out = spec.commandLine().getOut();
    try (KnowledgeBase kb = KnowledgeBase.openReadOnly(store.dir)) {
      List<SearchHit> hits = kb.search(q);
      if (kb.indexLag() > 0) {
        spec.commandLine().getErr().println("attache: the index lags " + kb.indexLag() + " documents behind; the next ingest catches it up");
      }
      if (store.json) {
        JsonOut.print(out, hits);
        return 0;
      }
      TextTable t = new TextTable(List.of("score", "doc", "published", "outlet", quotes ? "speaker" : "title", "snippet"), 6, 28, 10, 14, 36, 110);
      for (SearchHit h : hits) {
        t.row(String.format(java.util.Locale.ROOT, "%.2f", h.score()), h.doc(), h.published().orElse(""), h.outlet().orElse(""),
            quotes ? h.speaker().orElse("") : h.title(), h.snippet());
      }
      t.print(out);
      out.println(hits.size() + " hits");
      return 0;
    }
  }
}
