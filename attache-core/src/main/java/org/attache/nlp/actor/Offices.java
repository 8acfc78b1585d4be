package org.attache.nlp.actor;

import java.util.List;

/**
 * The seniority of the offices the role table uses, so that a person who is both president and
 * party leader is given the office news means first.
 */
final class Offices {

  private static final List<String> BY_SENIORITY = List.of(
      "SUPREME_LEADER", "HEAD_OF_STATE", "HEAD_OF_GOVERNMENT", "VICE_PRESIDENT", "FOREIGN_MINISTER",
      "DEFENCE_MINISTER", "UN_SECRETARY_GENERAL", "NATO_SECRETARY_GENERAL", "OSCE_SECRETARY_GENERAL",
      "EU_COMMISSION_PRESIDENT", "EU_COUNCIL_PRESIDENT", "EU_HIGH_REPRESENTATIVE", "DEPUTY_PRIME_MINISTER",
      "SPEAKER_OF_PARLIAMENT", "SECURITY_COUNCIL_SECRETARY", "PRESIDENTIAL_AIDE", "SPOKESPERSON",
      "ASSISTANT_SECRETARY_OF_STATE", "EU_SPECIAL_REPRESENTATIVE", "MINSK_GROUP_CO_CHAIR", "ENVOY", "OTHER");

  private Offices() {}

  static int rank(String office) {
    int i = BY_SENIORITY.indexOf(office);
    return i < 0 ? BY_SENIORITY.size() : i;
  }
}
