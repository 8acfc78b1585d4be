package org.attache.spark.internal;

import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Returns ids that every executor computes alike for the same thing: the first 63 bits of the
 * SHA-256 of a document id, a kind and an ordinal. The store numbers quotes and events in arrival
 * order; a distributed job has no one order, so it derives them. Thread-safe.
 */
final class StableIds {

  private StableIds() {}

  static long of(String doc, String kind, int ordinal) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      md.update((doc + '\u0000' + kind + '\u0000' + ordinal).getBytes(StandardCharsets.UTF_8));
      return ByteBuffer.wrap(md.digest()).getLong() & Long.MAX_VALUE;
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 missing from this JVM", e);
    }
  }
}
