package org.attache.app.server;

import java.util.List;

/**
 * One page of a list answer: the items, where they start, the page size, and the offset of the
 * next page (null on the last). Clients follow {@code next} without knowing a total, which the
 * store would pay for on every request.
 */
record Page<T>(List<T> items, int offset, int limit, Integer next) {

  Page {
    items = List.copyOf(items);
  }

  /** Builds the page from the rows a store returned for {@code offset + limit + 1} items starting at 0. */
  static <T> Page<T> fromHead(List<T> head, PageRequest p) {
    return fromSlice(head.size() <= p.offset() ? List.of() : head.subList(p.offset(), head.size()), p);
  }

  /** Builds the page from the rows a store returned for {@code limit + 1} items starting at the offset. */
  static <T> Page<T> fromSlice(List<T> slice, PageRequest p) {
    boolean more = slice.size() > p.limit();
    return new Page<>(more ? slice.subList(0, p.limit()) : slice, p.offset(), p.limit(), more ? p.offset() + p.limit() : null);
  }
}
