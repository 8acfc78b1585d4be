package org.attache.ingest.html;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The article object of a page's JSON-LD ({@code <script type="application/ld+json">}), as news
 * CMSs write it for search engines: headline, datePublished, author, publisher. Broken or huge
 * JSON is ignored, never fatal.
 */
final class JsonLd {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int MAX_SCRIPT_CHARS = 1 << 20;
  private static final int MAX_NODES = 2000;
  private static final Set<String> ARTICLE_TYPES = Set.of("NewsArticle", "Article", "ReportageNews", "AnalysisNewsArticle",
      "OpinionNewsArticle", "BackgroundNewsArticle", "BlogPosting", "Report", "LiveBlogPosting");

  private final Optional<JsonNode> article;

  private JsonLd(Optional<JsonNode> article) {
    this.article = article;
  }

  /** Returns the first article object among the page's JSON-LD scripts, if any. */
  static JsonLd of(Document page) {
    for (Element script : page.select("script[type=application/ld+json]")) {
      String json = script.data();
      if (json.length() > MAX_SCRIPT_CHARS) {
        continue;
      }
      try {
        Optional<JsonNode> found = find(JSON.readTree(json));
        if (found.isPresent()) {
          return new JsonLd(found);
        }
      } catch (JacksonException e) {
        // a page's broken JSON-LD only means one source of metadata less
      }
    }
    return new JsonLd(Optional.empty());
  }

  private static Optional<JsonNode> find(JsonNode root) {
    Deque<JsonNode> todo = new ArrayDeque<>();
    todo.add(root);
    for (int seen = 0; !todo.isEmpty() && seen < MAX_NODES; seen++) {
      JsonNode n = todo.poll();
      if (n == null) {
        continue;
      }
      if (n.isArray()) {
        n.forEach(todo::add);
      } else if (n.isObject()) {
        if (isArticle(n.get("@type"))) {
          return Optional.of(n);
        }
        if (n.has("@graph")) {
          todo.add(n.get("@graph"));
        }
        if (n.has("mainEntity")) {
          todo.add(n.get("mainEntity"));
        }
      }
    }
    return Optional.empty();
  }

  private static boolean isArticle(JsonNode type) {
    if (type == null) {
      return false;
    }
    if (type.isArray()) {
      for (JsonNode t : type) {
        if (ARTICLE_TYPES.contains(t.asText())) {
          return true;
        }
      }
      return false;
    }
    return ARTICLE_TYPES.contains(type.asText());
  }

  Optional<String> text(String field) {
    return article.map(a -> a.get(field)).filter(JsonNode::isValueNode).map(JsonNode::asText).map(String::strip)
        .filter(s -> !s.isEmpty());
  }

  /** Returns the names of a person-or-organization field: a string, an object with a name, or a list. */
  List<String> names(String field) {
    List<String> out = new ArrayList<>();
    JsonNode v = article.map(a -> a.get(field)).orElse(null);
    if (v == null) {
      return out;
    }
    for (JsonNode n : v.isArray() ? v : List.of(v)) {
      JsonNode name = n.isObject() ? n.get("name") : n;
      if (name != null && name.isValueNode() && !name.asText().isBlank()) {
        out.add(name.asText().strip());
      }
    }
    return out;
  }
}
