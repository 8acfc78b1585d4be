package org.attache.app;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The options every store command shares: which store, and whether to print JSON. */
final class StoreOptions {

  @Option(names = "--store", paramLabel = "DIR", defaultValue = "attache-data", description = "The store folder (default: ./attache-data).")
  Path dir;

  @Option(names = "--json", description = "Print JSON instead of a table.")
  boolean json;
}
