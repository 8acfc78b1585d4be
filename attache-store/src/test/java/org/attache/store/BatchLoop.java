package org.attache.store;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.attache.model.Analysis;

/**
 * A child process for the crash and lock tests: {@code write DIR BATCHES SIZE} stores batches of
 * hand-built articles (ids {@code b<batch>-<n>}), printing "committed N" after each; {@code hold
 * DIR} opens the store, prints "locked" and waits for its standard input to close.
 */
public final class BatchLoop {

  private BatchLoop() {}

  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args[1]);
    try (KnowledgeBase kb = KnowledgeBase.open(dir)) {
      if (args[0].equals("hold")) {
        System.out.println("locked");
        System.out.flush();
        while (System.in.read() >= 0) {
          // wait for the parent to close our input
        }
        return;
      }
      int batches = Integer.parseInt(args[2]);
      int size = Integer.parseInt(args[3]);
      for (int b = 0; b < batches; b++) {
        kb.add(batch(b, size));
        System.out.println("committed " + b);
        System.out.flush();
      }
    }
  }

  static List<Analysis> batch(int b, int size) {
    List<Analysis> out = new ArrayList<>();
    for (int n = 0; n < size; n++) {
      String id = "b" + b + "-" + n;
      String text = "Jeyhun Bayramov met Ararat Mirzoyan in round " + b + " of the talks, meeting " + n + ". \"We move on,\" Bayramov said.";
      out.add(Fixture.article(id, "2023-0" + (1 + b % 9) + "-1" + (n % 10), "Outlet" + (n % 3), text)
          .entity(Fixture.BAYRAMOV, null, "Jeyhun Bayramov", "Bayramov").entity(Fixture.MIRZOYAN, null, "Ararat Mirzoyan")
          .quote("We move on,", Fixture.BAYRAMOV, Fixture.ARMENIA)
          .event("040", Fixture.BAYRAMOV, Fixture.MIRZOYAN, null, null, "Jeyhun Bayramov met Ararat Mirzoyan").build());
    }
    return out;
  }
}
