package org.attache.app;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.attache.store.KnowledgeBase;
import org.attache.store.SqlResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code attache sql}: read-only SQL over the store's tables and views (docs/store.md). */
@Command(name = "sql", mixinStandardHelpOptions = true,
    description = "Run one read-only SQL query (DuckDB dialect) on the store; views: article_v, quote_v, event_v, event_mention_v.")
final class SqlCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Mixin
  StoreOptions store;

  @Option(names = "--max-rows", defaultValue = "1000", description = "Rows to show at most (default 1000).")
  int maxRows;

  @Parameters(paramLabel = "SQL", arity = "1..*")
  List<String> sql;

  @Override
  public Integer call() {
    SqlResult r = KnowledgeBase.sql(store.dir, String.join(" ", sql), maxRows);
    PrintWriter out = spec.commandLine().getOut();
    if (store.json) {
      List<java.util.Map<String, Object>> rows = new ArrayList<>();
      for (List<Object> row : r.rows()) {
        java.util.Map<String, Object> m = new java.util.LinkedHashMap<>();
        for (int i = 0; i < r.columns().size(); i++) {
          m.put(r.columns().get(i), row.get(i));
        }
        rows.add(m);
      }
      JsonOut.print(out, rows);
      return 0;
    }
    TextTable t = new TextTable(r.columns());
    r.rows().forEach(row -> t.row(row.toArray()));
    t.print(out);
    out.println(r.rows().size() + " rows" + (r.truncated() ? " (more not shown; --max-rows)" : ""));
    return 0;
  }
}
