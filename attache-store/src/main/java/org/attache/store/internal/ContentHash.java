package org.attache.store.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.attache.model.Article;
import org.attache.model.FuzzyDate;

/**
 * Returns the SHA-256 of what makes an article's content: title, text, publication date, outlet
 * and URL. Equal hashes under one id mean "nothing to do"; under two ids, a syndicated copy.
 */
public final class ContentHash {

  private ContentHash() {}

  public static String of(Article a) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      for (String part : new String[] {a.title(), a.text(), a.published().map(FuzzyDate::iso).orElse(""), a.outlet().orElse(""),
          a.url().orElse("")}) {
        md.update(part.getBytes(StandardCharsets.UTF_8));
        md.update((byte) 0);
      }
      return HexFormat.of().formatHex(md.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 missing from this JVM", e);
    }
  }
}
