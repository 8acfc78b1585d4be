package org.attache.nlp;

import java.util.List;
import org.attache.model.Token;

/**
 * Decides which sentences deserve a dependency parse. Parsing is the dearest annotation and most
 * sentences of a news article hold no speech verb and no event, so a backend asks this before it
 * parses a sentence that has been tagged.
 */
@FunctionalInterface
public interface ParseSelector {

  boolean needsParse(List<Token> taggedTokens);

  /** Parses every sentence. */
  static ParseSelector all() {
    return tokens -> true;
  }
}
