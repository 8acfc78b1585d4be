package org.attache.store.internal;

import java.io.IOException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.Semaphore;
import org.duckdb.DuckDBConnection;

/**
 * The connections queries run on, so that several threads can read the store at once: DuckDB runs
 * queries from different connections to one database instance in parallel, while one connection
 * runs one statement at a time. A reading thread takes an idle connection (or opens one more,
 * {@link DuckDBConnection#duplicate()} of the store's own), runs its work in one transaction, so
 * that all its statements see the same committed state even while a batch is being written, and
 * hands the connection back. At most {@link #MAX_RUNNING} queries run at once, the others wait
 * their turn in arrival order: two hundred queries started together on two cores thrash (each
 * runs DuckDB's operators on its own thread) and finish later than the same queries taken a few
 * at a time. Thread-safe.
 */
final class ReadConnections implements AutoCloseable {

  /** Queries running at once: enough to keep every core busy while another query waits on I/O or Java. */
  static final int MAX_RUNNING = Math.max(2, 2 * Runtime.getRuntime().availableProcessors());

  private final DuckDBConnection origin;
  private final Semaphore running = new Semaphore(MAX_RUNNING, true);
  private final ConcurrentLinkedDeque<DuckDBConnection> idle = new ConcurrentLinkedDeque<>();
  private final List<DuckDBConnection> opened = new ArrayList<>();
  private boolean closed;

  ReadConnections(DuckDBConnection origin) {
    this.origin = origin;
  }

  <T> T run(Store.Work<T> work) throws SQLException, IOException {
    try {
      running.acquire();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SQLException("interrupted while waiting for a connection", e);
    }
    try {
      return runOn(work);
    } finally {
      running.release();
    }
  }

  private <T> T runOn(Store.Work<T> work) throws SQLException, IOException {
    DuckDBConnection c = take();
    boolean healthy = false;
    try {
      T t = work.run(c);
      c.commit();
      healthy = true;
      return t;
    } finally {
      if (!healthy) {
        healthy = rollback(c);
      }
      giveBack(c, healthy);
    }
  }

  private DuckDBConnection take() throws SQLException {
    DuckDBConnection c = idle.pollFirst();
    if (c != null) {
      return c;
    }
    synchronized (opened) {
      if (closed) {
        throw new SQLException("the store is closed");
      }
      DuckDBConnection fresh = origin.duplicate();
      fresh.setAutoCommit(false);
      opened.add(fresh);
      return fresh;
    }
  }

  private void giveBack(DuckDBConnection c, boolean healthy) {
    synchronized (opened) {
      if (healthy && !closed) {
        idle.addFirst(c);
        return;
      }
      opened.remove(c);
    }
    quietly(c);
  }

  private static boolean rollback(DuckDBConnection c) {
    try {
      c.rollback();
      return true;
    } catch (SQLException e) {
      return false;
    }
  }

  private static void quietly(DuckDBConnection c) {
    try {
      c.close();
    } catch (SQLException ignored) {
      // a connection that failed is dropped; the failure that mattered was reported by the query
    }
  }

  /** Closes every connection; a query still running keeps its own until it ends, and then closes it. */
  @Override
  public void close() {
    synchronized (opened) {
      closed = true;
      for (DuckDBConnection c : idle) {
        opened.remove(c);
        quietly(c);
      }
      idle.clear();
    }
  }
}
