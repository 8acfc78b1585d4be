package org.attache.nlp.quote;

import java.util.Optional;
import org.attache.model.QuoteKind;
import org.attache.model.TextSpan;

/**
 * A quotation found but not yet attributed: its span, kind, the cue that introduces it and the
 * words that name the speaker, when the text has them next to the quote. {@code continued} marks a
 * direct quote with no cue of its own, whose speaker is whoever the article was quoting.
 */
record QuoteCandidate(TextSpan span, QuoteKind kind, Optional<TextSpan> cue, Optional<TextSpan> speakerPhrase, boolean continued) {}
