package org.attache.nlp.quote;

import java.util.ArrayList;
import java.util.List;
import org.attache.model.TextSpan;

/**
 * Finds the spans between quote marks, as news actually writes them: straight, curly, low-high and
 * guillemet marks, curly single marks used as quote marks, mismatched pairs ("“ … “"), a closing mark written after a space, quotes that
 * reopen at each paragraph and close only at the end (one quote), and unclosed quotes (bounded at
 * the paragraph). A mark's role comes from its context, not its glyph: after a space it opens,
 * before one it closes. Quotes inside a quote are returned as well, flagged as nested.
 */
final class QuoteMarks {

  /** A quoted span without its marks; {@code nested} when it lies inside another quote. */
  record Quoted(TextSpan span, boolean nested, boolean unmarkedStart) {

    Quoted(TextSpan span, boolean nested) {
      this(span, nested, false);
    }
  }

  private static final int MAX_UNMARKED_PARAGRAPHS = 3;
  private static final String DOUBLE_MARKS = "\"\u201C\u201D\u201E\u00AB\u00BB\u201F";

  private QuoteMarks() {}

  static List<Quoted> find(String text) {
    List<Quoted> out = new ArrayList<>();
    int openAt = -1;
    int nestedAt = -1;
    boolean single = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (openAt < 0 && opensSingle(text, i)) {
        openAt = i + 1;
        single = true;
        continue;
      }
      if (openAt >= 0 && single && nestedAt < 0 && c == '\u2019' && role(text, i, 1) == Role.CLOSE) {
        add(out, text, openAt, i, false);
        openAt = -1;
        single = false;
        continue;
      }
      int width = markWidth(text, i);
      if (c == '\n') {
        if (openAt >= 0 && (single || !continuesNext(text, i))) {
          add(out, text, openAt, i, false);
          openAt = -1;
          nestedAt = -1;
          single = false;
        }
        continue;
      }
      if (width == 0) {
        continue;
      }
      Role role = role(text, i, width);
      if (openAt < 0) {
        if (role == Role.CLOSE) {
          addUnmarked(out, text, unmarkedStart(text, i), i);
        } else {
          openAt = i + width;
        }
      } else if (nestedAt >= 0) {
        if (role != Role.OPEN) {
          add(out, text, nestedAt, i, true);
          nestedAt = -1;
        }
      } else if (single) {
        nestedAt = i + width;
      } else if (role == Role.OPEN && !afterPunctuation(text, i) && !continuationMark(text, i)) {
        nestedAt = i + width;
      } else if (role == Role.OPEN && afterPunctuation(text, i) && nextMarkCloses(text, i + width)) {
        add(out, text, openAt, i, false);
        openAt = i + width;
      } else if (!continuationMark(text, i)) {
        add(out, text, openAt, i, false);
        openAt = -1;
      }
      i += width - 1;
    }
    if (openAt >= 0) {
      add(out, text, openAt, text.length(), false);
    }
    return out;
  }

  private enum Role { OPEN, CLOSE, EITHER }

  /**
   * A left single quote after a space and before a letter opens a quote when no double mark is open
   * ("‘We are ready,’ he said."); an apostrophe never does, since it follows a letter.
   */
  private static boolean opensSingle(String text, int i) {
    if (text.charAt(i) != '\u2018' || i + 1 >= text.length()) {
      return false;
    }
    char next = text.charAt(i + 1);
    return next != '\u2019' && next != '\u2018' && role(text, i, 1) == Role.OPEN;
  }

  static boolean isMark(String text, int i) {
    return markWidth(text, i) > 0;
  }

  private static int markWidth(String text, int i) {
    char c = text.charAt(i);
    if (DOUBLE_MARKS.indexOf(c) >= 0) {
      return 1;
    }
    boolean single = c == '\u2018' || c == '\u2019' || c == '\'';
    if (single && i + 1 < text.length()) {
      char d = text.charAt(i + 1);
      if (d == '\u2018' || d == '\u2019' || d == '\'') {
        return 2;
      }
    }
    return 0;
  }

  private static Role role(String text, int i, int width) {
    boolean spaceBefore = i == 0 || Character.isWhitespace(text.charAt(i - 1)) || "([—–-".indexOf(text.charAt(i - 1)) >= 0;
    int after = i + width;
    boolean spaceAfter = after >= text.length() || Character.isWhitespace(text.charAt(after)) || ".,;:!?)".indexOf(text.charAt(after)) >= 0;
    if (spaceBefore && !spaceAfter) {
      return Role.OPEN;
    }
    if (spaceAfter && !spaceBefore) {
      return Role.CLOSE;
    }
    return Role.EITHER;
  }

  /**
   * Inside an open quote, a mark after a full stop that is followed in its paragraph by a closing
   * mark reopens: the writer left the previous quote unclosed ("… Armenia. “Unfortunately, …,”").
   */
  private static boolean nextMarkCloses(String text, int from) {
    for (int j = from; j < text.length() && text.charAt(j) != '\n'; j++) {
      int w = markWidth(text, j);
      if (w > 0) {
        return role(text, j, w) == Role.CLOSE;
      }
    }
    return false;
  }

  /** A mark written after the closing comma or stop and a space (", “he said") closes. */
  private static boolean afterPunctuation(String text, int i) {
    int k = i - 1;
    while (k >= 0 && text.charAt(k) == ' ') {
      k--;
    }
    return k >= 0 && ",.!?;".indexOf(text.charAt(k)) >= 0;
  }

  /** A mark at the start of a paragraph inside an open quote reopens it; it does not close. */
  private static boolean continuationMark(String text, int i) {
    int k = i - 1;
    while (k >= 0 && (text.charAt(k) == ' ' || text.charAt(k) == '\t')) {
      k--;
    }
    return k < 0 || text.charAt(k) == '\n';
  }

  /**
   * An open quote goes on into the next paragraph when that paragraph reopens it with a mark, when
   * the next mark of that paragraph only closes (the writer forgot to reopen), or when this
   * paragraph ends on a list separator (";", ":", ",").
   */
  private static boolean continuesNext(String text, int newline) {
    int back = newline - 1;
    while (back >= 0 && Character.isWhitespace(text.charAt(back))) {
      back--;
    }
    if (back >= 0 && ";:,".indexOf(text.charAt(back)) >= 0) {
      return true;
    }
    int k = newline;
    while (k < text.length() && Character.isWhitespace(text.charAt(k))) {
      k++;
    }
    if (k < text.length() && markWidth(text, k) > 0) {
      return role(text, k, markWidth(text, k)) != Role.CLOSE;
    }
    int end = text.indexOf('\n', k);
    for (int j = k; j < (end < 0 ? text.length() : end); j++) {
      int w = markWidth(text, j);
      if (w > 0) {
        return role(text, j, w) == Role.CLOSE;
      }
    }
    return false;
  }

  /**
   * Where a quote that has a closing mark but no opening one starts: at its paragraph, or back at
   * the paragraph after an introduction ending with a colon, when no mark stands in between.
   */
  private static int unmarkedStart(String text, int close) {
    int start = paragraphStart(text, close);
    int candidate = start;
    for (int back = 0; back < MAX_UNMARKED_PARAGRAPHS && candidate > 0; back++) {
      int k = candidate - 1;
      while (k >= 0 && Character.isWhitespace(text.charAt(k))) {
        k--;
      }
      if (k < 0) {
        break;
      }
      if (text.charAt(k) == ':') {
        return candidate;
      }
      int previous = paragraphStart(text, k);
      if (text.substring(previous, k).chars().anyMatch(c -> DOUBLE_MARKS.indexOf(c) >= 0)) {
        break;
      }
      candidate = previous;
    }
    return start;
  }

  private static int paragraphStart(String text, int i) {
    int k = text.lastIndexOf('\n', i);
    return k < 0 ? 0 : k + 1;
  }

  private static void addUnmarked(List<Quoted> out, String text, int start, int end) {
    int before = out.size();
    add(out, text, start, end, false);
    if (out.size() > before) {
      Quoted q = out.remove(out.size() - 1);
      out.add(new Quoted(q.span(), false, true));
    }
  }

  private static void add(List<Quoted> out, String text, int start, int end, boolean nested) {
    int s = start;
    int e = end;
    while (s < e && Character.isWhitespace(text.charAt(s))) {
      s++;
    }
    while (e > s && (Character.isWhitespace(text.charAt(e - 1)) || ",;:".indexOf(text.charAt(e - 1)) >= 0)) {
      e--;
    }
    if (e > s) {
      out.add(new Quoted(new TextSpan(s, e), nested));
    }
  }
}
