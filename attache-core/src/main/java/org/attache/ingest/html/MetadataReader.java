package org.attache.ingest.html;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.attache.model.FuzzyDate;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads a page's {@link PageMetadata} from the places news pages put it: Open Graph and article
 * meta tags, JSON-LD, {@code <time datetime>}, the canonical link, the headline elements and the
 * URL itself. Call it before the page is cleaned: scripts and headers hold half of it. Stateless
 * and thread-safe.
 */
public final class MetadataReader {

  private static final String[] PUBLISHED_META = {"article:published_time", "og:published_time", "datepublished", "pubdate",
      "publishdate", "publish-date", "publication_date", "date", "dc.date", "dc.date.issued", "dcterms.created", "dcterms.issued",
      "sailthru.date", "parsely-pub-date", "citation_publication_date", "og:article:published_time"};
  private static final Pattern BYLINE = Pattern.compile("(?i)^by\\s+(\\p{Lu}[\\p{L}.'’-]+(?:\\s+(?:and\\s+)?\\p{Lu}[\\p{L}.'’-]+){0,5})\\b.*");
  private static final int MAX_NAME_CHARS = 120;
  private static final int MAX_HEADINGS = 20;

  private MetadataReader() {}

  /** Returns what {@code page} says of itself; {@code address} is where it was found, if known. */
  public static PageMetadata read(Document page, Optional<String> address) {
    JsonLd ld = JsonLd.of(page);
    Map<String, String> tags = tags(page);
    Optional<String> outlet = first(meta(tags, "og:site_name"), ld.names("publisher").stream().findFirst(),
        meta(tags, "application-name"));
    Optional<String> pageTitle = Optional.of(page.title()).filter(t -> !t.isBlank());
    List<String> headings = page.select("h1, h2, h3").stream().limit(MAX_HEADINGS).map(Element::text).toList();
    Optional<String[]> inTitle = pageTitle.flatMap(t -> Headlines.headingInTitle(t, headings));
    outlet = outlet.or(() -> inTitle.map(p -> p[1]).filter(s -> !s.isBlank() && Blocks.countWords(s) <= 4))
        .or(() -> pageTitle.flatMap(Headlines::siteSuffix));
    Optional<String> rawTitle = inTitle.map(p -> p[0]).or(() -> pageTitle);
    Optional<String> url = first(link(page, "canonical"), meta(tags, "og:url"), address).filter(MetadataReader::absolute);
    return new PageMetadata(title(tags, page, ld, outlet, rawTitle), published(tags, page, ld, url.or(() -> address)),
        outlet.map(MetadataReader::tidy), author(tags, page, ld), url);
  }

  private static Optional<String> title(Map<String, String> tags, Document page, JsonLd ld, Optional<String> outlet,
      Optional<String> rawTitle) {
    Element h1 = firstOf(page, "article h1", "main h1", "h1");
    Optional<String> heading = h1 == null ? Optional.empty() : Optional.of(h1.text());
    return first(meta(tags, "og:title").flatMap(t -> Headlines.clean(t, outlet)), ld.text("headline"),
        heading.flatMap(t -> Headlines.clean(t, Optional.empty())), rawTitle.flatMap(t -> Headlines.clean(t, outlet)));
  }

  private static Optional<FuzzyDate> published(Map<String, String> tags, Document page, JsonLd ld, Optional<String> url) {
    List<FuzzyDate> found = new ArrayList<>();
    for (String name : PUBLISHED_META) {
      meta(tags, name).flatMap(DateText::parse).ifPresent(found::add);
    }
    ld.text("datePublished").flatMap(DateText::parse).ifPresent(found::add);
    for (Element e : page.select("[itemprop=datePublished]")) {
      DateText.parse(e.hasAttr("content") ? e.attr("content") : e.attr("datetime")).ifPresent(found::add);
    }
    Element time = firstOf(page, "time[pubdate][datetime]", "article time[datetime]", "main time[datetime]", "time[datetime]");
    if (time != null) {
      DateText.parse(time.attr("datetime")).ifPresent(found::add);
    }
    url.flatMap(DateText::fromUrl).ifPresent(found::add);
    return DateText.earliest(found);
  }

  private static Optional<String> author(Map<String, String> tags, Document page, JsonLd ld) {
    Optional<String> byline = Optional.empty();
    for (Element e : page.select("[rel=author], [itemprop=author], .byline, .author, [class*=byline]")) {
      String t = e.text().strip();
      var m = BYLINE.matcher(t);
      byline = Optional.of(m.matches() ? m.group(1) : t).filter(s -> !s.isBlank() && s.length() <= MAX_NAME_CHARS);
      if (byline.isPresent()) {
        break;
      }
    }
    Optional<String> metaAuthor = meta(tags, "author").or(() -> meta(tags, "article:author")).filter(a -> !absolute(a));
    Optional<String> named = ld.names("author").isEmpty() ? Optional.empty() : Optional.of(String.join(", ", ld.names("author")));
    return first(metaAuthor, named, byline).map(MetadataReader::tidy).filter(a -> a.length() <= MAX_NAME_CHARS);
  }

  /** Returns the page's meta tags by lower-cased property, name or itemprop; the first of each wins. */
  private static Map<String, String> tags(Document page) {
    Map<String, String> out = new HashMap<>();
    for (Element m : page.select("meta[content]")) {
      String key = m.hasAttr("property") ? m.attr("property") : m.hasAttr("name") ? m.attr("name") : m.attr("itemprop");
      if (!key.isBlank() && !m.attr("content").isBlank()) {
        out.putIfAbsent(key.toLowerCase(Locale.ROOT).strip(), m.attr("content").strip());
      }
    }
    return out;
  }

  private static Optional<String> meta(Map<String, String> tags, String name) {
    return Optional.ofNullable(tags.get(name));
  }

  private static Element firstOf(Document page, String... queries) {
    for (String q : queries) {
      Element e = page.selectFirst(q);
      if (e != null) {
        return e;
      }
    }
    return null;
  }

  private static Optional<String> link(Document page, String rel) {
    Element l = page.selectFirst("link[rel=" + rel + "][href]");
    return l == null ? Optional.empty() : Optional.of(l.absUrl("href").isEmpty() ? l.attr("href") : l.absUrl("href"));
  }

  private static boolean absolute(String url) {
    String u = url.toLowerCase(Locale.ROOT);
    return u.startsWith("http://") || u.startsWith("https://");
  }

  private static String tidy(String s) {
    return s.replaceAll("\\s+", " ").strip();
  }

  @SafeVarargs
  private static Optional<String> first(Optional<String>... options) {
    for (Optional<String> o : options) {
      if (o.isPresent() && !o.get().isBlank()) {
        return Optional.of(tidy(o.get()));
      }
    }
    return Optional.empty();
  }
}
