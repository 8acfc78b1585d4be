package org.attache.nlp.quote;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.attache.model.Actor;
import org.attache.model.Quote;
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

  private final QuoteMarkFinder marks;
  private final ReportedSpeechFinder reported;

  public NewsQuoteFinder(SpeechVerbs verbs) {
    this.marks = new QuoteMarkFinder(verbs);
    this.reported = new ReportedSpeechFinder(verbs);
  }

  @Override
  public List<Quote> find(AnnotatedText text, ArticleActors actors) {
    List<QuoteCandidate> direct = marks.find(text);
    List<TextSpan> quoted = direct.stream().map(QuoteCandidate::span).toList();
    List<QuoteCandidate> all = new ArrayList<>(direct);
    for (QuoteCandidate c : reported.find(text)) {
      if (!mostlyQuoted(c.span(), quoted) && all.stream().noneMatch(o -> o.span().equals(c.span()))) {
        all.add(c);
      }
    }
    all.sort(Comparator.comparing(QuoteCandidate::span));
    return attribute(text, actors, all, quoted);
  }

  private static List<Quote> attribute(AnnotatedText text, ArticleActors actors, List<QuoteCandidate> all, List<TextSpan> quoted) {
    SpeakerAttributor attributor = new SpeakerAttributor(text, actors);
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
