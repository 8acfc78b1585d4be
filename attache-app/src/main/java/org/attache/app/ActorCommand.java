package org.attache.app;

import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.attache.store.ActorProfile;
import org.attache.store.KnowledgeBase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code attache actor}: what the store knows of one actor. */
@Command(name = "actor", mixinStandardHelpOptions = true, description = "One actor's roles over time, top partners, events by type and recent quotes.")
final class ActorCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Mixin
  StoreOptions store;

  @Parameters(paramLabel = "NAME", arity = "1..*", description = "Name, alias or id.")
  List<String> name;

  @Override
  public Integer call() {
    String n = String.join(" ", name);
    try (KnowledgeBase kb = KnowledgeBase.openReadOnly(store.dir)) {
      Optional<ActorProfile> found = kb.actor(n);
      if (found.isEmpty()) {
        throw new UsageException("no stored actor matches '" + n + "'");
      }
      PrintWriter out = spec.commandLine().getOut();
      if (store.json) {
        JsonOut.print(out, found.get());
        return 0;
      }
      ActorProfile p = found.get();
      out.println(p.actor().name() + " (" + p.actor().id() + ", " + p.actor().type() + p.actor().country().map(c -> ", " + c).orElse("") + "), in "
          + p.documents() + " articles");
      TextTable roles = new TextTable(List.of("role", "first", "last", "articles"));
      p.roles().forEach(r -> roles.row(r.role(), r.first().map(Object::toString).orElse(""), r.last().map(Object::toString).orElse(""), r.articles()));
      section(out, "Roles", roles);
      TextTable partners = new TextTable(List.of("partner", "events"));
      p.partners().forEach(x -> partners.row(x.actor().name(), x.events()));
      section(out, "Top partners", partners);
      TextTable events = new TextTable(List.of("root", "type", "events"));
      p.events().forEach(e -> events.row(e.root(), e.label(), e.events()));
      section(out, "Events by type", events);
      if (!p.quotes().isEmpty()) {
        out.println();
        out.println("Recent quotes");
        QuotesCommand.print(p.quotes(), out);
      }
      out.flush();
      return 0;
    }
  }

  private static void section(PrintWriter out, String title, TextTable t) {
    if (t.isEmpty()) {
      return;
    }
    out.println();
    out.println(title);
    t.print(out);
  }
}
