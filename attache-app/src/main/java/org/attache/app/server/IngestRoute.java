package org.attache.app.server;

import io.javalin.http.Context;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;
import org.attache.ingest.ArticleSources;
import org.attache.ingest.IngestConfig;
import org.attache.ingest.Input;
import org.attache.ingest.LanguageGuesser;
import org.attache.ingest.MetadataIndex;
import org.attache.ingest.ReadResult;
import org.attache.model.Analysis;
import org.attache.model.Article;
import org.attache.model.Problem;
import org.attache.nlp.Pipeline;
import org.attache.store.AddResult;

/**
 * {@code POST /api/ingest}: reads the body (plain text, HTML, or JSON Lines, told apart by content
 * as {@code attache ingest} does), runs the pipeline over the articles not stored yet and stores
 * them in one transaction. Needs the token. The pipeline is built on the first call (CoreNLP's
 * models load in tens of seconds), then kept; one ingest runs at a time and a second gets 429.
 * The body is capped; the store lock is held only while the batch is written, so reads go on
 * while articles are analyzed.
 */
final class IngestRoute {

  /** What one ingest did: the store's counts, the documents read and the problems met. */
  record Result(AddResult stored, List<String> documents, List<String> skipped, List<Problem> problems) {}

  private final SharedStore store;
  private final AccessToken token;
  private final Supplier<Pipeline> pipeline;
  private final long maxBytes;
  private final Semaphore one = new Semaphore(1);

  IngestRoute(SharedStore store, AccessToken token, Supplier<Pipeline> pipeline, long maxBytes) {
    this.store = store;
    this.token = token;
    this.pipeline = pipeline;
    this.maxBytes = maxBytes;
  }

  void ingest(Context ctx) throws IOException {
    if (!token.admits(ctx.header("Authorization"))) {
      throw new ApiException(401, "POST /api/ingest needs the header 'Authorization: Bearer TOKEN' (the token is in the store folder,"
          + " file " + AccessToken.FILE + ")");
    }
    QueryParams q = QueryParams.of(ctx, false, "name");
    String name = q.text("name").orElse("posted.txt");
    if (!name.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,99}")) {
      throw ApiException.badRequest("query parameter 'name' must be a file name of letters, digits, '.', '_' and '-': " + name);
    }
    Input.Bounded body = Input.readAtMost(ctx.bodyInputStream(), maxBytes);
    if (body.cut()) {
      throw new ApiException(413, "request body is larger than " + maxBytes + " bytes; send fewer articles per request");
    }
    if (!one.tryAcquire()) {
      throw new ApiException(429, "another ingest is running; try again when it has finished");
    }
    try {
      ctx.json(run(name, body.data()));
    } finally {
      one.release();
    }
  }

  private Result run(String name, byte[] data) {
    List<ReadResult> read = new ArrayList<>();
    ArticleSources.create(IngestConfig.defaults(), MetadataIndex.empty(), LanguageGuesser.undetermined())
        .read(name, new ByteArrayInputStream(data), read::add);
    List<Analysis> batch = new ArrayList<>();
    List<String> documents = new ArrayList<>();
    List<String> skipped = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    for (ReadResult r : read) {
      problems.addAll(r.problems());
      r.skip().ifPresent(s -> skipped.add(r.document() + ": " + s.note()));
      if (r.article().isEmpty()) {
        continue;
      }
      Article a = r.article().get();
      documents.add(a.id());
      if (!store.read(kb -> kb.isStored(a))) {
        Analysis analysis = analyze(a);
        problems.addAll(analysis.problems());
        batch.add(analysis);
      }
    }
    AddResult stored = batch.isEmpty() ? AddResult.NONE : store.add(batch);
    return new Result(stored, documents, skipped, problems);
  }

  private Analysis analyze(Article a) {
    try {
      return pipeline.get().analyze(a);
    } catch (RuntimeException e) {
      // one article the pipeline cannot take is a problem on that article, not a failed request
      return Analysis.failed(a, new Problem(a.id(), "pipeline", String.valueOf(e.getMessage())));
    }
  }
}
