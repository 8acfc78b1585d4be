package org.attache.store;

import java.util.Optional;

/**
 * One ranked search result: the article (and, for a quote hit, the quote's speaker), its
 * relevance score and a snippet with the matched words in [brackets].
 */
public record SearchHit(String doc, String title, Optional<String> outlet, Optional<String> published, Optional<String> speaker, float score,
                        String snippet) {}
