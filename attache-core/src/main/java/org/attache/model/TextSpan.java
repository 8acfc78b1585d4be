package org.attache.model;

/**
 * A half-open range {@code [start, end)} of characters in an article's text. Every fact Attaché
 * states carries one, so that it can be traced back to the words that say it.
 */
public record TextSpan(int start, int end) implements Comparable<TextSpan> {

  public TextSpan {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("span must satisfy 0 <= start <= end: start=" + start + " end=" + end);
    }
  }

  public int length() {
    return end - start;
  }

  public boolean contains(TextSpan other) {
    return start <= other.start && other.end <= end;
  }

  public boolean overlaps(TextSpan other) {
    return start < other.end && other.start < end;
  }

  /** Returns the smallest span covering both. */
  public TextSpan union(TextSpan other) {
    return new TextSpan(Math.min(start, other.start), Math.max(end, other.end));
  }

  /** Returns the characters of {@code text} this span covers. */
  public String of(String text) {
    return text.substring(start, end);
  }

  @Override
  public int compareTo(TextSpan o) {
    return start != o.start ? Integer.compare(start, o.start) : Integer.compare(end, o.end);
  }
}
