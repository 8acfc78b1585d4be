package org.attache.app.server;

import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import org.attache.model.Analysis;
import org.attache.store.AddResult;
import org.attache.store.KnowledgeBase;

/**
 * Lets the server's request threads share one {@link KnowledgeBase}, which is not thread-safe
 * (one DuckDB connection, one Lucene writer): every call holds one fair lock. The queries a page
 * needs take milliseconds on the stores Attaché serves, so queueing is cheaper than a pool of
 * connections, and a writer cannot interleave with a half-read answer.
 */
final class SharedStore {

  private final KnowledgeBase kb;
  private final ReentrantLock lock = new ReentrantLock(true);

  SharedStore(KnowledgeBase kb) {
    this.kb = kb;
  }

  <T> T read(Function<KnowledgeBase, T> query) {
    lock.lock();
    try {
      return query.apply(kb);
    } finally {
      lock.unlock();
    }
  }

  AddResult add(List<Analysis> batch) {
    return read(k -> k.add(batch));
  }
}
