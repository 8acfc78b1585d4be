package org.attache.app;

import org.attache.store.DateRange;
import picocli.CommandLine.Option;

/** The {@code --from} and {@code --to} options of the store queries, as fuzzy dates. */
final class DateOptions {

  @Option(names = "--from", paramLabel = "D", description = "On or after (YYYY[-MM[-DD]]).")
  String from;

  @Option(names = "--to", paramLabel = "D", description = "On or before (YYYY[-MM[-DD]]).")
  String to;

  DateRange range() {
    return DateRange.parse(from, to);
  }
}
