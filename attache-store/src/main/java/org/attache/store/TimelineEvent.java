package org.attache.store;

import java.util.Optional;

/**
 * One merged event on a timeline: its code and weight, who acted on whom, when and where, how many
 * articles told it, and the evidence sentence of the first telling with its article.
 */
public record TimelineEvent(long id, String cameo, String label, int quadClass, double goldstein, String source, Optional<String> target,
                            Optional<String> date, Optional<String> location, String status, int mentions, String evidence, String doc) {}
