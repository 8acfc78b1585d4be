package org.attache.store;

/** The bounds every paged query shares, so that no request makes the store read without end. */
final class Paging {

  static final int MAX_LIMIT = 10_000;
  static final int MAX_OFFSET = 1_000_000;

  private Paging() {}

  static void check(int offset, int limit) {
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException("limit must lie in 1.." + MAX_LIMIT + ": " + limit);
    }
    if (offset < 0 || offset > MAX_OFFSET) {
      throw new IllegalArgumentException("offset must lie in 0.." + MAX_OFFSET + ": " + offset);
    }
  }
}
