package org.attache.store;

/** How often one outlet used one term of a contested pair or set ({@code topic}), and in how many articles. */
public record FramingCount(String outlet, String topic, String term, long uses, long articles) {}
