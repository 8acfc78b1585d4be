package org.attache.app;

import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.attache.app.server.AccessToken;
import org.attache.app.server.Server;
import org.attache.app.server.ServerConfig;
import org.attache.store.KnowledgeBase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code attache serve}: the web UI and JSON API over a store, until the process is stopped. The
 * store is opened for writing (so {@code POST /api/ingest} can add to it), which keeps other
 * writers out while it runs. Binds to loopback unless told otherwise; the ingest token is created
 * in the store folder on first start and printed that once.
 */
@Command(name = "serve", mixinStandardHelpOptions = true, description = "Serve the web UI and JSON API over a store.")
final class ServeCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Option(names = "--store", paramLabel = "DIR", defaultValue = "attache-data", description = "The store folder (default: ./attache-data).")
  java.nio.file.Path dir;

  @Option(names = "--host", defaultValue = ServerConfig.LOOPBACK, description = "Interface to bind (default: 127.0.0.1, this machine only).")
  String host;

  @Option(names = "--port", defaultValue = "7070", description = "Port (default 7070; 0 picks a free one).")
  int port;

  @Option(names = "--token", paramLabel = "T", description = "The token POST /api/ingest requires (default: the store's, created on first start).")
  String token;

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    try (KnowledgeBase kb = KnowledgeBase.open(dir)) {
      ServerConfig config;
      try {
        config = ServerConfig.of(host, port, AccessToken.forStore(dir, Optional.ofNullable(token)));
      } catch (IllegalArgumentException e) {
        throw new UsageException(e.getMessage());
      }
      try (Server server = Server.start(kb, config, () -> Engine.pipeline(List.of(), List.of()))) {
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "attache-serve-stop"));
        if (config.token().created()) {
          out.println("ingest token (printed once; kept in " + dir.resolve("server.token") + "): " + config.token().value());
        }
        if (!config.loopback()) {
          out.println("warning: serving on " + host + ": anyone who can reach it can read the store");
        }
        out.println("serving " + kb.documents() + " documents from " + dir + " at " + server.url());
        out.flush();
        server.join();
      }
    }
    return 0;
  }
}
