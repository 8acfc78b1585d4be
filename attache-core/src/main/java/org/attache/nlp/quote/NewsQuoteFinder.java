package org.attache.nlp.quote;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.attache.model.Actor;
import org.attache.model.Quote;
import org.attache.model.QuoteKind;
import org.attache.model.TextSpan;
import org.attache.nlp.AnnotatedText;
import org.attache.nlp.actor.ArticleActors;

/**
 * Finds the quotes of a news article: direct quotes by their marks, indirect ones by their speech
 * verbs, then attributes each in document order, so that a quote with no cue of its own goes to the
 * speaker the article was quoting. Reported speech that only restates words already inside quote
 * marks is left to the direct quote (the contract's mixed quotation). Immutable and thread-safe.
 */
public final class NewsQuoteFinder implements QuoteFinder {

  private static final List<String> BELIEF = List.of("hope", "believe", "think", "expect", "want");
  private static final java.util.Set<String> FIRST_PERSON = java.util.Set.of("i", "we");
  /** A quote this short with no speaker is more likely a term or title in quote marks than speech. */
  private static final int SHORT_QUOTE_WORDS = 3;
  private static final Descriptions DESCRIPTIONS = Descriptions.bundled();

  private final QuoteMarkFinder marks;
  private final ReportedSpeechFinder reported;

  private final ActorRegistryView registry;

  public NewsQuoteFinder(SpeechVerbs verbs, ActorRegistryView registry) {
    this.marks = new QuoteMarkFinder(verbs);
    this.reported = new ReportedSpeechFinder(verbs);
    this.registry = registry;
  }

  @Override
  public List<Quote> find(AnnotatedText text, ArticleActors actors) {
    List<QuoteCandidate> direct = marks.find(text);
    List<TextSpan> quoted = direct.stream().map(QuoteCandidate::span).toList();
    List<QuoteCandidate> all = new ArrayList<>(direct);
    for (QuoteCandidate found : reported.find(text)) {
      QuoteCandidate c = clipped(text, found, quoted);
      if (c != found && !isClause(text, c.span())) {
        continue;
      }
      if (!mostlyQuoted(c.span(), quoted) && !writersOwn(text, c) && all.stream().noneMatch(o -> o.span().equals(c.span()))) {
        all.add(c);
      }
    }
    all.removeIf(c -> nestedBelief(text, c, all));
    all.sort(Comparator.comparing(QuoteCandidate::span));
    return attribute(text, actors, all, quoted, registry);
  }

  private static List<Quote> attribute(AnnotatedText text, ArticleActors actors, List<QuoteCandidate> all, List<TextSpan> quoted,
      ActorRegistryView registry) {
    SpeakerAttributor attributor = new SpeakerAttributor(text, actors, registry, DESCRIPTIONS);
    List<Quote> out = new ArrayList<>();
    Optional<Actor> last = Optional.empty();
    int lastEnd = -1;
    for (QuoteCandidate c : all) {
      SpeakerAttributor.Context context = new SpeakerAttributor.Context(last, lastEnd, quoted);
      Optional<Actor> speaker;
      if (c.speakerPhrase().isPresent()) {
        speaker = attributor.resolve(c.speakerPhrase().get(), context);
      } else if (c.continued() && attributor.paragraphsBetween(lastEnd, c.span().start()) <= 1) {
        speaker = last;
      } else {
        speaker = Optional.empty();
      }
      if (c.kind() == QuoteKind.DIRECT && speaker.isEmpty() && words(text.words(c.span())) <= SHORT_QUOTE_WORDS) {
        continue;
      }
      List<Actor> about = actors.mentionsIn(c.span()).stream().map(l -> l.entity().actor())
          .filter(a -> speaker.map(s -> !s.id().equals(a.id())).orElse(true)).distinct().toList();
      out.add(new Quote(c.span(), text.words(c.span()), c.kind(), speaker, c.cue(), c.speakerPhrase(), about));
      if (speaker.isPresent()) {
        last = speaker;
        lastEnd = c.span().end();
      }
    }
    return out;
  }

  /** Reported speech that runs into a direct quote ends where the quote's introduction ends. */
  private static QuoteCandidate clipped(AnnotatedText text, QuoteCandidate c, List<TextSpan> quoted) {
    int end = c.span().end();
    for (TextSpan q : quoted) {
      if (q.start() > c.span().start() && q.start() < end) {
        end = q.start();
      }
    }
    String t = text.text();
    while (end > c.span().start() && !Character.isLetterOrDigit(t.charAt(end - 1))) {
      end--;
    }
    if (end == c.span().end() || end <= c.span().start()) {
      return c;
    }
    return new QuoteCandidate(new TextSpan(c.span().start(), end), c.kind(), c.cue(), c.speakerPhrase(), c.continued());
  }

  /** A belief reported inside reported speech ("said that Azerbaijan hopes that …") is part of it. */
  private static boolean nestedBelief(AnnotatedText text, QuoteCandidate c, List<QuoteCandidate> all) {
    if (c.kind() != QuoteKind.INDIRECT || c.cue().isEmpty()) {
      return false;
    }
    String cue = text.words(c.cue().get()).toLowerCase(java.util.Locale.ROOT);
    boolean belief = BELIEF.stream().anyMatch(cue::startsWith);
    return belief && all.stream().anyMatch(o -> o != c && o.kind() == QuoteKind.INDIRECT && o.span().contains(c.cue().get()));
  }

  /** What is left of clipped reported speech must still be a clause: three words and a verb. */
  private static boolean isClause(AnnotatedText text, TextSpan span) {
    List<org.attache.model.Token> in = text.tokens().stream().filter(t -> span.contains(t.span())).toList();
    long words = in.stream().filter(t -> t.word().chars().anyMatch(Character::isLetterOrDigit)).count();
    return words >= SHORT_QUOTE_WORDS && in.stream().anyMatch(t -> t.pos().startsWith("VB") || t.pos().equals("MD"));
  }

  /** Reported speech whose subject is "I" or "we" outside quote marks is the writer's own voice. */
  private static boolean writersOwn(AnnotatedText text, QuoteCandidate c) {
    return c.speakerPhrase().map(p -> FIRST_PERSON.contains(text.words(p).strip().toLowerCase(java.util.Locale.ROOT))).orElse(false);
  }

  private static int words(String s) {
    return s.strip().split("\\s+").length;
  }

  private static boolean mostlyQuoted(TextSpan span, List<TextSpan> quoted) {
    int inside = 0;
    for (TextSpan q : quoted) {
      if (q.overlaps(span)) {
        inside += Math.min(q.end(), span.end()) - Math.max(q.start(), span.start());
      }
    }
    return inside * 2 > span.length();
  }
}
