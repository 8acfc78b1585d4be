package org.attache.nlp.actor;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Finds conflicting roles in the registry: two people holding an office that has one holder at a
 * time (a head of state, a foreign minister) of the same country on the same days. A hand-over on
 * one day, or a term known only to the month or year, is not a conflict.
 */
final class RoleConflicts {

  private static final Set<String> SINGLE_HOLDER = Set.of("HEAD_OF_STATE", "HEAD_OF_GOVERNMENT", "FOREIGN_MINISTER", "DEFENCE_MINISTER",
      "SUPREME_LEADER", "UN_SECRETARY_GENERAL", "NATO_SECRETARY_GENERAL", "OSCE_SECRETARY_GENERAL", "EU_COMMISSION_PRESIDENT",
      "EU_COUNCIL_PRESIDENT", "EU_HIGH_REPRESENTATIVE");

  private RoleConflicts() {}

  static List<String> find(Collection<List<Tenure>> byHolder) {
    List<Tenure> all = new ArrayList<>();
    byHolder.forEach(all::addAll);
    all.removeIf(t -> !SINGLE_HOLDER.contains(t.office()) || t.start().iso().length() < 10);
    all.sort(Comparator.comparing((Tenure t) -> t.office() + " " + t.of()).thenComparing(t -> t.start().firstDay()));
    List<String> out = new ArrayList<>();
    for (int i = 1; i < all.size(); i++) {
      Tenure a = all.get(i - 1);
      Tenure b = all.get(i);
      boolean sameOffice = a.office().equals(b.office()) && a.of().equalsIgnoreCase(b.of()) && !a.holder().equals(b.holder());
      boolean overlap = a.end().map(e -> e.iso().length() == 10 && e.lastDay().isAfter(b.start().firstDay())).orElse(true);
      if (sameOffice && overlap) {
        out.add("roles: " + a.holder() + " and " + b.holder() + " both hold " + a.office() + " of " + a.of() + " from "
            + b.start().iso());
      }
    }
    return out;
  }
}
