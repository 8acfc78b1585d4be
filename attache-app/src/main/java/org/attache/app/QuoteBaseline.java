package org.attache.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.attache.corenlp.CoreNlpQuoteBaseline;
import org.attache.model.Article;
import org.attache.nlp.actor.ActorRegistry;
import org.attache.nlp.actor.KnownActor;

/**
 * Runs CoreNLP's quote attributor on the articles Attaché read and writes its quotes in the
 * contract's shape, so the same scorer grades both. Speakers go through Attaché's registry to their
 * canonical names, so the baseline is not penalized for writing "Lavrov" where the gold says
 * "Sergey Lavrov".
 */
final class QuoteBaseline {

  private static final ObjectMapper JSON = new ObjectMapper();

  private QuoteBaseline() {}

  static Map<String, JsonNode> run(List<Article> articles) {
    CoreNlpQuoteBaseline baseline = new CoreNlpQuoteBaseline();
    ActorRegistry registry = ActorRegistry.bundled();
    Map<String, JsonNode> out = new LinkedHashMap<>();
    for (Article a : articles) {
      ObjectNode doc = JSON.createObjectNode();
      doc.put("doc", a.id());
      ArrayNode quotes = doc.putArray("quotes");
      for (CoreNlpQuoteBaseline.BaselineQuote q : baseline.quotes(a)) {
        ObjectNode o = quotes.addObject();
        o.put("text", q.text());
        o.put("speaker", q.speaker().map(s -> canonical(registry, s)).orElse(null));
        o.put("kind", "direct");
      }
      out.put(a.id(), doc);
    }
    return out;
  }

  private static String canonical(ActorRegistry registry, String name) {
    List<KnownActor> known = registry.named(name);
    if (known.isEmpty()) {
      known = registry.withSurname(name);
    }
    return known.size() == 1 ? known.get(0).actor().name() : name;
  }
}
