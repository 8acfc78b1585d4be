package org.attache.ingest.html;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The saved pages of the tests, each with its main text marked by hand in {@code <name>.gold.txt}. */
public final class SavedPages {

  /** The pages the extractor was tuned on. */
  public static final List<String> TUNING = List.of("kura-herald-talks", "caspian-ledger-summit", "steppe-wire-ceasefire",
      "aras-daily-interview", "meridian-post-brief", "harbor-times-analysis");

  /** Pages written after tuning and measured without changing the extractor for them. */
  public static final List<String> HELD_OUT = List.of("delta-courier-visit", "highland-gazette-vote", "bosphorus-review-oped");

  private SavedPages() {}

  public static byte[] html(String name) {
    return resource("pages/" + name + ".html");
  }

  public static String gold(String name) {
    return new String(resource("pages/" + name + ".gold.txt"), StandardCharsets.UTF_8);
  }

  /** Returns a test file under {@code org/attache/ingest/}. */
  public static byte[] resource(String path) {
    try (InputStream in = SavedPages.class.getResourceAsStream("/org/attache/ingest/" + path)) {
      if (in == null) {
        throw new IllegalStateException("missing test file " + path);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
