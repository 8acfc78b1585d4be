package org.attache.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.attache.store.FramingCount;
import org.attache.store.FramingTerms;

/**
 * Counts competing terms per outlet in DuckDB, one regular expression per topic whose
 * alternatives are the variants longest first: RE2 takes the first alternative that matches at
 * each place, so "Nagorno-Karabakh" is one use of that term and not also one of "Karabakh".
 * Word edges are any non-letter, non-digit, since RE2's {@code \b} knows only ASCII ("Qarabağ").
 * Duplicated articles are left out: a syndicated copy is not a second choice of words.
 */
final class Framing {

  private Framing() {}

  static List<FramingCount> count(Connection c, FramingTerms terms) throws SQLException {
    List<FramingCount> out = new ArrayList<>();
    for (String topic : terms.topics()) {
      Map<String, String> termOf = new LinkedHashMap<>();
      for (FramingTerms.Term t : terms.terms()) {
        if (t.topic().equals(topic)) {
          t.variants().forEach(v -> termOf.putIfAbsent(v.toLowerCase(Locale.ROOT), t.term()));
        }
      }
      List<String> variants = new ArrayList<>(termOf.keySet());
      variants.sort(Comparator.comparingInt(String::length).reversed());
      String regex = "(?i)(?:^|[^\\pL\\pN])(" + String.join("|", variants.stream().map(Framing::escape).toList()) + ")(?:[^\\pL\\pN]|$)";
      List<Object> params = new ArrayList<>();
      params.add(regex);
      StringBuilder values = new StringBuilder();
      termOf.forEach((v, t) -> {
        values.append(values.length() == 0 ? "" : ", ").append("(?, ?)");
        params.add(v);
        params.add(t);
      });
      String sql = "SELECT coalesce(h.outlet, '(unknown)'), m.term, count(*), count(DISTINCT h.doc_id) FROM (SELECT outlet, doc_id,"
          + " unnest(regexp_extract_all(title || ' ' || text, ?, 1)) AS hit FROM documents WHERE duplicate_of IS NULL) h"
          + " JOIN (VALUES " + values + ") m(variant, term) ON m.variant = lower(h.hit) GROUP BY 1, 2 ORDER BY 1, 3 DESC, 2";
      try (PreparedStatement p = Sql.prepare(c, sql, params); ResultSet r = p.executeQuery()) {
        while (r.next()) {
          out.add(new FramingCount(r.getString(1), topic, r.getString(2), r.getLong(3), r.getLong(4)));
        }
      }
    }
    return out;
  }

  private static String escape(String raw) {
    StringBuilder b = new StringBuilder();
    for (char ch : raw.toCharArray()) {
      if ("\\.[]{}()*+?^$|".indexOf(ch) >= 0) {
        b.append('\\');
      }
      b.append(ch);
    }
    return b.toString();
  }
}
