package org.attache.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Recognizes articles already seen in a run: the same normalized text (case, accents' composed
 * forms, punctuation and spacing ignored), or nearly the same words, as syndicated copies with a
 * new headline or a trimmed last paragraph are. Near-duplicates are found by MinHash over word
 * 5-shingles (128 hash functions) with locality-sensitive hashing (32 bands of 4 rows), and
 * confirmed when the estimated Jaccard similarity reaches the threshold. Memory is about 1 KB per
 * article. Thread-safe: {@link #check} is synchronized.
 */
public final class NearDuplicates {

  private static final int SHINGLE = 5;
  private static final int HASHES = 128;
  private static final int ROWS = 4;
  private static final int BANDS = HASHES / ROWS;

  private final double threshold;
  private final Map<String, String> exact = new HashMap<>();
  private final List<String> ids = new ArrayList<>();
  private final List<long[]> signatures = new ArrayList<>();
  private final Map<Long, List<Integer>> buckets = new HashMap<>();

  public NearDuplicates(double threshold) {
    if (!(threshold > 0 && threshold <= 1)) {
      throw new IllegalArgumentException("threshold must be in (0, 1]: " + threshold);
    }
    this.threshold = threshold;
  }

  /**
   * Returns the earlier article {@code text} copies, if any; else remembers it as {@code id} and
   * returns empty. A text without words is never a duplicate.
   */
  public synchronized Optional<Skip.Duplicate> check(String id, String text) {
    List<String> words = words(text);
    if (words.isEmpty()) {
      return Optional.empty();
    }
    String digest = digest(words);
    String original = exact.get(digest);
    if (original != null) {
      return Optional.of(new Skip.Duplicate(original, true, 1.0));
    }
    long[] sig = signature(words);
    Optional<Skip.Duplicate> near = nearest(sig);
    if (near.isPresent()) {
      return near;
    }
    exact.put(digest, id);
    remember(id, sig);
    return Optional.empty();
  }

  /** Returns the estimated Jaccard similarity of two texts' shingle sets, for tests and tuning. */
  public static double similarity(String a, String b) {
    return agreement(signature(words(a)), signature(words(b)));
  }

  private Optional<Skip.Duplicate> nearest(long[] sig) {
    int best = -1;
    double bestSim = 0;
    for (int band = 0; band < BANDS; band++) {
      for (int doc : buckets.getOrDefault(bandKey(sig, band), List.of())) {
        double s = agreement(sig, signatures.get(doc));
        if (s > bestSim || (s == bestSim && doc < best)) {
          bestSim = s;
          best = doc;
        }
      }
    }
    return best >= 0 && bestSim >= threshold ? Optional.of(new Skip.Duplicate(ids.get(best), false, bestSim)) : Optional.empty();
  }

  private void remember(String id, long[] sig) {
    int doc = ids.size();
    ids.add(id);
    signatures.add(sig);
    for (int band = 0; band < BANDS; band++) {
      buckets.computeIfAbsent(bandKey(sig, band), k -> new ArrayList<>()).add(doc);
    }
  }

  private static long bandKey(long[] sig, int band) {
    long h = band * 0x9E3779B97F4A7C15L;
    for (int r = 0; r < ROWS; r++) {
      h = mix(h ^ sig[band * ROWS + r]);
    }
    return h;
  }

  private static double agreement(long[] a, long[] b) {
    int same = 0;
    for (int i = 0; i < HASHES; i++) {
      same += a[i] == b[i] ? 1 : 0;
    }
    return same / (double) HASHES;
  }

  private static long[] signature(List<String> words) {
    long[] sig = new long[HASHES];
    java.util.Arrays.fill(sig, Long.MAX_VALUE);
    int shingles = Math.max(1, words.size() - SHINGLE + 1);
    for (int s = 0; s < shingles; s++) {
      long h = 0xCBF29CE484222325L;
      for (int w = s; w < Math.min(words.size(), s + SHINGLE); w++) {
        h = mix(h ^ words.get(w).hashCode());
      }
      for (int i = 0; i < HASHES; i++) {
        long v = mix(h + (i + 1) * 0x9E3779B97F4A7C15L);
        if (v < sig[i]) {
          sig[i] = v;
        }
      }
    }
    return sig;
  }

  /** The finalizer of SplitMix64: a cheap, well-mixed 64-bit hash. */
  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  private static List<String> words(String text) {
    String n = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    List<String> out = new ArrayList<>();
    for (String w : n.split("[^\\p{L}\\p{N}]+")) {
      if (!w.isEmpty()) {
        out.add(w);
      }
    }
    return out;
  }

  private static String digest(List<String> words) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      for (String w : words) {
        md.update(w.getBytes(StandardCharsets.UTF_8));
        md.update((byte) ' ');
      }
      return java.util.HexFormat.of().formatHex(md.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
