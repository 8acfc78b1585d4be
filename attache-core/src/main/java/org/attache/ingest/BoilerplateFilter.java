package org.attache.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.attache.datafile.DataFile;
import org.attache.datafile.DataRow;

/**
 * Drops the paragraphs of a page that are not the article, by the general cues of
 * {@code org/attache/ingest/boilerplate-cues.tsv}: cookie notices, newsletter sign-ups, job
 * advertisements, contact lines, and footers that start with "Leave a Reply" or "See Also". Only
 * short paragraphs, or ones that start with a cue, are dropped, so an article that speaks of
 * cookies keeps its sentence. Immutable and thread-safe.
 */
public final class BoilerplateFilter {

  private static final int MAX_WORDS = 60;

  private record Cue(boolean tail, Pattern pattern) {}

  /** The paragraphs kept and the ones removed, in order. */
  public record Result(List<String> kept, List<String> removed) {}

  private final List<Cue> cues;

  private BoilerplateFilter(List<Cue> cues) {
    this.cues = List.copyOf(cues);
  }

  public static BoilerplateFilter bundled() {
    List<Cue> cues = new ArrayList<>();
    for (DataRow row : DataFile.bundled(BoilerplateFilter.class, "/org/attache/ingest/boilerplate-cues.tsv")) {
      String pattern = String.join("\t", row.fields().subList(1, row.size())).strip();
      cues.add(new Cue(row.get(0).equals("tail"), Pattern.compile(pattern, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)));
    }
    return new BoilerplateFilter(cues);
  }


  public Result filter(List<String> paragraphs) {
    List<String> kept = new ArrayList<>();
    List<String> removed = new ArrayList<>();
    boolean inTail = false;
    for (String p : paragraphs) {
      String s = p.strip();
      Cue cue = inTail ? null : match(s);
      if (inTail || cue != null) {
        removed.add(s);
        inTail |= cue != null && cue.tail();
      } else {
        kept.add(p);
      }
    }
    return new Result(kept, removed);
  }

  private Cue match(String paragraph) {
    boolean shortOne = paragraph.split("\\s+").length < MAX_WORDS;
    for (Cue c : cues) {
      var m = c.pattern().matcher(paragraph);
      if (m.find() && (shortOne || m.start() == 0)) {
        return c;
      }
    }
    return null;
  }
}
