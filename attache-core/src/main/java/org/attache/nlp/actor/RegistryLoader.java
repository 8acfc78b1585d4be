package org.attache.nlp.actor;

import java.util.Locale;
import java.util.Optional;
import org.attache.model.Actor;
import org.attache.model.EntityType;
import org.attache.model.FuzzyDate;

/** Turns the rows of one registry table into registry entries, by the columns its header names. */
final class RegistryLoader {

  private RegistryLoader() {}

  static void add(ActorRegistry r, RegistryTable t) {
    if (t.header().contains("aliases")) {
      addActors(r, t);
    } else if (t.header().contains("office") && t.header().contains("actor")) {
      addRoles(r, t);
    } else if (t.header().contains("nouns")) {
      addOffices(r, t);
    } else {
      throw new RegistryFormatException(t.source() + ": header names no known table (want actors, roles or offices columns): " + t.header());
    }
  }

  private static void addActors(ActorRegistry r, RegistryTable t) {
    int id = t.column("id");
    int name = t.column("name");
    int type = t.column("type");
    int country = t.column("country");
    int aliases = t.column("aliases");
    int adjectives = t.header().indexOf("adjectives");
    int metonyms = t.header().indexOf("metonyms");
    for (RegistryTable.Row row : t.rows()) {
      String where = t.source() + ":" + row.line();
      try {
        EntityType et = EntityType.valueOf(row.get(type).toUpperCase(Locale.ROOT));
        String c = row.get(country);
        Actor a = new Actor(row.get(id), row.get(name), et, c.isEmpty() ? Optional.empty() : Optional.of(c.toUpperCase(Locale.ROOT)),
            RegistryTable.list(row.get(aliases)));
        if (a.id().isEmpty() || a.name().isEmpty()) {
          throw new IllegalArgumentException("id and name must not be empty");
        }
        r.addActor(new KnownActor(a, RegistryTable.list(adjectives < 0 ? "" : row.get(adjectives)),
            RegistryTable.list(metonyms < 0 ? "" : row.get(metonyms))), where);
      } catch (IllegalArgumentException e) {
        r.warn(where + ": " + e.getMessage());
      }
    }
  }

  private static void addRoles(ActorRegistry r, RegistryTable t) {
    int actor = t.column("actor");
    int office = t.column("office");
    int country = t.column("country");
    int start = t.column("start");
    int end = t.column("end");
    int title = t.column("title");
    for (RegistryTable.Row row : t.rows()) {
      String where = t.source() + ":" + row.line();
      try {
        String e = row.get(end);
        r.addTenure(new Tenure(row.get(actor), row.get(office).toUpperCase(Locale.ROOT), row.get(country),
            FuzzyDate.parse(row.get(start)), e.isEmpty() ? Optional.empty() : Optional.of(FuzzyDate.parse(e)), row.get(title)));
      } catch (IllegalArgumentException ex) {
        r.warn(where + ": " + ex.getMessage());
      }
    }
  }

  private static void addOffices(ActorRegistry r, RegistryTable t) {
    int office = t.column("office");
    int nouns = t.column("nouns");
    for (RegistryTable.Row row : t.rows()) {
      for (String noun : RegistryTable.list(row.get(nouns))) {
        r.addOfficeNoun(noun, row.get(office).toUpperCase(Locale.ROOT));
      }
    }
  }
}
