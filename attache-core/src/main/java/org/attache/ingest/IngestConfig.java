package org.attache.ingest;

/**
 * The limits and choices of one ingest run. Every size that a hostile input could blow up is
 * bounded here, so that one file can slow a batch down but never exhaust its memory or stack.
 *
 * @param maxDocumentBytes bytes read of one document (a file, a WARC record's payload, a JSON line);
 *     the rest is cut and reported
 * @param maxChars characters kept of one article's text
 * @param maxFeedBytes bytes read of one RSS or Atom file (a feed is parsed whole)
 * @param maxRecordsPerFile records read of one WARC file, items of one feed, lines of one JSON Lines
 *     file
 * @param maxNestingDepth element depth an HTML page may reach; deeper elements are flattened into
 *     their ancestor by the parser
 * @param maxRemovedParts removed parts recorded per article, so that a page of 500 menu links does
 *     not make a 500-entry list
 * @param nearDuplicateThreshold estimated Jaccard similarity of word shingles at or above which an
 *     article counts as a copy of an earlier one
 * @param skipDuplicates whether copies are skipped (true) or read like any other article
 * @param skipOtherLanguages whether articles recognized as not English are skipped
 */
public record IngestConfig(
    long maxDocumentBytes,
    int maxChars,
    long maxFeedBytes,
    int maxRecordsPerFile,
    int maxNestingDepth,
    int maxRemovedParts,
    double nearDuplicateThreshold,
    boolean skipDuplicates,
    boolean skipOtherLanguages) {

  public IngestConfig {
    if (maxDocumentBytes < 1024) {
      throw new IllegalArgumentException("maxDocumentBytes must be >= 1024: " + maxDocumentBytes);
    }
    if (maxChars < 1000) {
      throw new IllegalArgumentException("maxChars must be >= 1000: " + maxChars);
    }
    if (maxFeedBytes < 1024) {
      throw new IllegalArgumentException("maxFeedBytes must be >= 1024: " + maxFeedBytes);
    }
    if (maxRecordsPerFile < 1) {
      throw new IllegalArgumentException("maxRecordsPerFile must be >= 1: " + maxRecordsPerFile);
    }
    if (maxNestingDepth < 16 || maxNestingDepth > 10_000) {
      throw new IllegalArgumentException("maxNestingDepth must be in [16, 10000]: " + maxNestingDepth);
    }
    if (maxRemovedParts < 0) {
      throw new IllegalArgumentException("maxRemovedParts must be >= 0: " + maxRemovedParts);
    }
    if (!(nearDuplicateThreshold > 0 && nearDuplicateThreshold <= 1)) {
      throw new IllegalArgumentException("nearDuplicateThreshold must be in (0, 1]: " + nearDuplicateThreshold);
    }
  }

  /** Returns the limits a desktop run uses: 8 MiB a document, 2 million characters, 100,000 records. */
  public static IngestConfig defaults() {
    return new IngestConfig(8L << 20, 2_000_000, 32L << 20, 100_000, 512, 200, 0.8, true, true);
  }

  public IngestConfig withNearDuplicateThreshold(double threshold) {
    return new IngestConfig(maxDocumentBytes, maxChars, maxFeedBytes, maxRecordsPerFile, maxNestingDepth, maxRemovedParts, threshold,
        skipDuplicates, skipOtherLanguages);
  }

  public IngestConfig withSkipping(boolean duplicates, boolean otherLanguages) {
    return new IngestConfig(maxDocumentBytes, maxChars, maxFeedBytes, maxRecordsPerFile, maxNestingDepth, maxRemovedParts,
        nearDuplicateThreshold, duplicates, otherLanguages);
  }

  public IngestConfig withMaxDocumentBytes(long bytes) {
    return new IngestConfig(bytes, maxChars, maxFeedBytes, maxRecordsPerFile, maxNestingDepth, maxRemovedParts, nearDuplicateThreshold,
        skipDuplicates, skipOtherLanguages);
  }

  public IngestConfig withMaxRecordsPerFile(int records) {
    return new IngestConfig(maxDocumentBytes, maxChars, maxFeedBytes, records, maxNestingDepth, maxRemovedParts, nearDuplicateThreshold,
        skipDuplicates, skipOtherLanguages);
  }
}
