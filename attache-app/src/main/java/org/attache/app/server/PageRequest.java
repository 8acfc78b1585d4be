package org.attache.app.server;

/**
 * Which slice of a result a client asked for. Every list endpoint pages, with at most
 * {@link #MAX_LIMIT} items a page and offsets up to {@link #MAX_OFFSET}, so that no request makes
 * the server build an unbounded answer.
 */
record PageRequest(int offset, int limit) {

  static final int DEFAULT_LIMIT = 20;
  static final int MAX_LIMIT = 100;
  static final int MAX_OFFSET = 5_000;

  PageRequest {
    if (limit < 1 || limit > MAX_LIMIT) {
      throw ApiException.badRequest("limit must lie in 1.." + MAX_LIMIT + ": " + limit);
    }
    if (offset < 0 || offset > MAX_OFFSET) {
      throw ApiException.badRequest("offset must lie in 0.." + MAX_OFFSET + ": " + offset);
    }
  }

  /** Returns how many items to ask a store for that only takes a limit: this page and one more, to know whether a next page exists. */
  int fetch() {
    return offset + limit + 1;
  }
}
