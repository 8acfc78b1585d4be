package org.attache.app.server;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.json.JavalinJackson;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.function.Supplier;
import org.attache.nlp.Pipeline;
import org.attache.store.KnowledgeBase;

/**
 * A running Attaché server over one open store: the JSON API under {@code /api}, its OpenAPI
 * description at {@code /api/openapi.json}, and the web UI at {@code /}. The caller keeps owning
 * the {@link KnowledgeBase} and closes it after {@link #close}. Started by {@code attache serve}
 * and by the demo:
 *
 * <pre>{@code
 * try (Server s = Server.start(kb, "127.0.0.1", 7070, () -> Engine.pipeline(List.of(), List.of()))) {
 *   out.println("serving " + s.url());
 *   s.join();
 * }
 * }</pre>
 */
public final class Server implements AutoCloseable {

  private final Javalin app;
  private final ServerConfig config;
  private final CountDownLatch stopped = new CountDownLatch(1);

  private Server(Javalin app, ServerConfig config) {
    this.app = app;
    this.config = config;
  }

  /** Starts serving {@code kb} on {@code host:port} with the store folder's token (created on first start). */
  public static Server start(KnowledgeBase kb, String host, int port, Supplier<Pipeline> pipeline) {
    return start(kb, ServerConfig.of(host, port, AccessToken.forStore(kb.directory(), Optional.empty())), pipeline);
  }

  /** Starts serving {@code kb} as {@code config} says; {@code pipeline} is called on the first ingest only. */
  public static Server start(KnowledgeBase kb, ServerConfig config, Supplier<Pipeline> pipeline) {
    SharedStore store = new SharedStore(kb);
    WebRoutes web = new WebRoutes();
    Javalin app = Javalin.create(c -> configure(c, config, store, web, pipeline));
    app.start(config.host(), config.port());
    return new Server(app, config);
  }

  private static void configure(JavalinConfig c, ServerConfig config, SharedStore store, WebRoutes web, Supplier<Pipeline> pipeline) {
    c.startup.showJavalinBanner = false;
    c.startup.showOldJavalinVersionWarning = false;
    c.http.maxRequestSize = config.maxBodyBytes();
    c.http.defaultContentType = "application/json; charset=utf-8";
    c.jsonMapper(new JavalinJackson(json(), false));
    c.routes.before(new Guard(config)::check);
    ErrorMapping.install(c.routes);
    DocumentRoutes documents = new DocumentRoutes(store);
    ActorRoutes actors = new ActorRoutes(store);
    RelationRoutes relations = new RelationRoutes(store);
    c.routes.get("/api/documents", documents::list);
    c.routes.get("/api/documents/{id}", documents::one);
    c.routes.get("/api/search", new SearchRoute(store)::search);
    c.routes.get("/api/actors", actors::list);
    c.routes.get("/api/actors/{id}", actors::profile);
    c.routes.get("/api/quotes", new QuoteRoute(store)::list);
    c.routes.get("/api/events", new EventRoute(store)::list);
    c.routes.get("/api/timeline", relations::timeline);
    c.routes.get("/api/graph", relations::graph);
    c.routes.get("/api/framing", relations::framing);
    c.routes.post("/api/ingest", new IngestRoute(store, config.token(), pipeline, config.maxBodyBytes())::ingest);
    for (String path : web.paths()) {
      c.routes.get(path, web::serve);
    }
  }

  /** Records as objects, empty optionals as null, dates as ISO strings; no is-getters, so ActorRef.isCountry() cannot hide its country. */
  static ObjectMapper json() {
    return new ObjectMapper().registerModule(new Jdk8Module()).registerModule(new JavaTimeModule())
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).setVisibility(PropertyAccessor.IS_GETTER, JsonAutoDetect.Visibility.NONE);
  }

  /** Returns the address to open, e.g. {@code http://127.0.0.1:7070/}. */
  public String url() {
    String host = config.host().contains(":") ? "[" + config.host() + "]" : config.host();
    return String.format(Locale.ROOT, "http://%s:%d/", host.equals("0.0.0.0") ? "127.0.0.1" : host, port());
  }

  /** Returns the port bound (the one picked, when the configuration asked for 0). */
  public int port() {
    return app.port();
  }

  public AccessToken token() {
    return config.token();
  }

  /** Waits until {@link #close} is called from another thread (or the process ends). */
  public void join() throws InterruptedException {
    stopped.await();
  }

  @Override
  public void close() {
    app.stop();
    stopped.countDown();
  }
}
