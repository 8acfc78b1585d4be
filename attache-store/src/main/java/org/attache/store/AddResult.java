package org.attache.store;

/**
 * What one {@link KnowledgeBase#add} did: articles new to the store, articles whose content changed
 * and replaced the stored ones, articles already stored unchanged (skipped), and copies of another
 * stored article's content under a new id (kept as documents, their facts not counted twice).
 */
public record AddResult(int added, int replaced, int unchanged, int duplicates, int events, int mergedEvents) {

  public static final AddResult NONE = new AddResult(0, 0, 0, 0, 0, 0);

  public AddResult plus(AddResult o) {
    return new AddResult(added + o.added, replaced + o.replaced, unchanged + o.unchanged, duplicates + o.duplicates, events + o.events,
        mergedEvents + o.mergedEvents);
  }
}
