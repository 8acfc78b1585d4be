package org.attache.app.server;

import java.util.List;
import java.util.function.Function;
import org.attache.model.Analysis;
import org.attache.store.AddResult;
import org.attache.store.KnowledgeBase;

/**
 * The one {@link KnowledgeBase} the server's request threads share. The knowledge base answers
 * queries in parallel (a DuckDB connection per running query, one shared Lucene searcher) and
 * lets writes take turns without blocking reads, so this adds no lock of its own: it is the
 * single door through which routes reach the store.
 */
final class SharedStore {

  private final KnowledgeBase kb;

  SharedStore(KnowledgeBase kb) {
    this.kb = kb;
  }

  <T> T read(Function<KnowledgeBase, T> query) {
    return query.apply(kb);
  }

  AddResult add(List<Analysis> batch) {
    return kb.add(batch);
  }
}
