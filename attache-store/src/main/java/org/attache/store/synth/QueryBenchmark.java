package org.attache.store.synth;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.IntConsumer;
import org.attache.model.Actor;
import org.attache.store.KnowledgeBase;
import org.attache.store.Period;
import org.attache.store.QuoteQuery;
import org.attache.store.SearchQuery;

/**
 * Measures the latency of the three queries the issue sets targets for (search, timeline, quotes
 * by speaker) on a store filled by {@link SyntheticCorpus}: random but seeded arguments drawn as
 * the corpus draws its actors, a warm-up round, then {@code runs} timed calls of each.
 * Single-threaded, one query at a time, as one analyst would.
 */
public final class QueryBenchmark {

  /** Latency percentiles of one query, in milliseconds. */
  public record Figures(String query, int runs, double p50, double p95, double p99, double max) {
    public String line() {
      return String.format(Locale.ROOT, "%-18s runs %5d  p50 %7.2f ms  p95 %7.2f ms  p99 %7.2f ms  max %7.2f ms", query, runs, p50, p95, p99, max);
    }
  }

  private static final int WARM_UP = 20;

  private final KnowledgeBase kb;
  private final SyntheticCorpus corpus;
  private final Random random;

  public QueryBenchmark(KnowledgeBase kb, SyntheticCorpus corpus, long seed) {
    this.kb = kb;
    this.corpus = corpus;
    this.random = new Random(seed);
  }

  public List<Figures> run(int runs) {
    List<Actor> people = corpus.people();
    List<String> words = words(corpus.topics());
    List<Figures> out = new ArrayList<>();
    out.add(time("search", runs, i -> kb.search(SearchQuery.of(words.get(random.nextInt(words.size())) + " " + person(people).name().split(" ")[0]))));
    out.add(time("search (1 word)", runs, i -> kb.search(SearchQuery.of(words.get(random.nextInt(words.size()))))));
    out.add(time("timeline", runs, i -> kb.timeline(country(people), country(people), Period.MONTH)));
    out.add(time("quotes --speaker", runs, i -> kb.quotes(QuoteQuery.bySpeaker(person(people).id(), 20))));
    return out;
  }

  private Actor person(List<Actor> people) {
    double u = random.nextDouble();
    return people.get((int) (people.size() * u * u * u));
  }

  private String country(List<Actor> people) {
    return person(people).country().orElseThrow().toLowerCase(Locale.ROOT);
  }

  private static List<String> words(List<String> topics) {
    List<String> out = new ArrayList<>();
    for (String t : topics) {
      for (String w : t.split(" ")) {
        if (w.length() > 4) {
          out.add(w);
        }
      }
    }
    return out;
  }

  private static Figures time(String name, int runs, IntConsumer query) {
    for (int i = 0; i < WARM_UP; i++) {
      query.accept(i);
    }
    double[] ms = new double[runs];
    for (int i = 0; i < runs; i++) {
      long t0 = System.nanoTime();
      query.accept(i);
      ms[i] = (System.nanoTime() - t0) / 1e6;
    }
    Arrays.sort(ms);
    return new Figures(name, runs, at(ms, 0.50), at(ms, 0.95), at(ms, 0.99), ms[ms.length - 1]);
  }

  private static double at(double[] sorted, double q) {
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)];
  }
}
