package org.attache.app.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Loads a running server with many concurrent clients for a bounded time and measures what they
 * saw. Each client loops over a mix of the UI's read requests (article lists, one article, search,
 * actors, a profile, quotes, events, a timeline, the graph, the page itself), built from what the
 * store holds, and waits for each answer before sending the next. Not a unit test: it runs from
 * {@code attache serve-bench} and stops by itself.
 */
public final class LoadBenchmark {

  /** What the clients saw: requests answered, failures (a status other than 200, or no answer), latency percentiles in ms. */
  public record Report(int clients, double seconds, long requests, long errors, double p50, double p90, double p99, double max) {
    public double perSecond() {
      return requests / seconds;
    }
  }

  private static final int MAX_SAMPLES_PER_CLIENT = 1 << 20;

  private final URI base;
  private final HttpClient http;

  public LoadBenchmark(URI base) {
    this.base = base;
    this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
  }

  /** Returns the request mix for this store: fixed paths plus ones naming its first article and actors. */
  public List<String> mix() throws IOException, InterruptedException {
    ObjectMapper json = new ObjectMapper();
    JsonNode docs = json.readTree(get("api/documents?limit=1").body()).get("items");
    JsonNode actors = json.readTree(get("api/actors?limit=2&type=gpe").body()).get("items");
    List<String> out = new ArrayList<>(List.of("", "api/documents", "api/documents?limit=50&offset=100", "api/search?q=minister",
        "api/search?q=talks%20OR%20visit&quotes=true", "api/actors", "api/quotes", "api/events?status=happened", "api/graph?from=2021&to=2021"));
    if (docs.size() > 0) {
      out.add("api/documents/" + enc(docs.get(0).get("doc").asText()));
    }
    if (actors.size() > 1) {
      String a = enc(actors.get(0).get("actor").get("id").asText());
      String b = enc(actors.get(1).get("actor").get("id").asText());
      out.add("api/actors/" + a);
      out.add("api/quotes?speaker=" + a);
      out.add("api/events?actor=" + a + "&limit=50");
      out.add("api/timeline?a=" + a + "&b=" + b);
    }
    return out;
  }

  /** Runs {@code clients} clients over {@code mix} for {@code duration}; returns when all have stopped. */
  public Report run(List<String> mix, int clients, Duration duration) throws InterruptedException {
    long end = System.nanoTime() + duration.toNanos();
    long[][] samples = new long[clients][];
    int[] counts = new int[clients];
    AtomicLong errors = new AtomicLong();
    Thread[] threads = new Thread[clients];
    long start = System.nanoTime();
    for (int i = 0; i < clients; i++) {
      int me = i;
      samples[i] = new long[1024];
      threads[i] = new Thread(() -> {
        int next = me % mix.size();
        while (System.nanoTime() < end && counts[me] < MAX_SAMPLES_PER_CLIENT) {
          long t0 = System.nanoTime();
          boolean ok = ask(mix.get(next));
          long took = System.nanoTime() - t0;
          if (!ok) {
            errors.incrementAndGet();
          }
          if (counts[me] == samples[me].length) {
            samples[me] = Arrays.copyOf(samples[me], samples[me].length * 2);
          }
          samples[me][counts[me]++] = took;
          next = (next + 1) % mix.size();
        }
      }, "bench-client-" + i);
      threads[i].setDaemon(true);
      threads[i].start();
    }
    for (Thread t : threads) {
      t.join();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    long[] all = new long[Arrays.stream(counts).sum()];
    int at = 0;
    for (int i = 0; i < clients; i++) {
      System.arraycopy(samples[i], 0, all, at, counts[i]);
      at += counts[i];
    }
    Arrays.sort(all);
    return new Report(clients, seconds, all.length, errors.get(), ms(all, 0.50), ms(all, 0.90), ms(all, 0.99), ms(all, 1.0));
  }

  private boolean ask(String path) {
    try {
      return get(path).statusCode() == 200;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return http.send(HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
  }

  private static double ms(long[] sorted, double q) {
    if (sorted.length == 0) {
      return 0;
    }
    int i = (int) Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1);
    return sorted[Math.max(0, i)] / 1e6;
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
