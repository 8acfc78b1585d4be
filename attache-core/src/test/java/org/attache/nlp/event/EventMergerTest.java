package org.attache.nlp.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.attache.model.Actor;
import org.attache.model.EntityType;
import org.attache.model.Event;
import org.attache.model.EventStatus;
import org.attache.model.FuzzyDate;
import org.attache.model.TextSpan;
import org.junit.jupiter.api.Test;

class EventMergerTest {

  private static final Actor LAVROV = person("sergey-lavrov", "Sergey Lavrov");
  private static final Actor BAYRAMOV = person("jeyhun-bayramov", "Jeyhun Bayramov");
  private static final Actor MIRZOYAN = person("ararat-mirzoyan", "Ararat Mirzoyan");

  private final EventMerger merger = new EventMerger();

  @Test
  void twoArticlesAboutOneVisitGiveOneEventWithTwoMentions() {
    Event tass = event("042", LAVROV, BAYRAMOV, "2021-10", "2021-10-13", "Baku");
    Event apa = event("042", LAVROV, BAYRAMOV, "2021-10-13", "2021-10-14", null);

    List<MergedEvent> merged = merger.merge(List.of(tass, apa));

    assertThat(merged).hasSize(1);
    assertThat(merged.get(0).mentions()).containsExactly(tass, apa);
    assertThat(merged.get(0).event().date()).contains(FuzzyDate.parse("2021-10-13"));
    assertThat(merged.get(0).event().location()).contains("Baku");
  }

  @Test
  void consultationsMergeWhicheverSideIsTheSource() {
    Event a = event("040", BAYRAMOV, MIRZOYAN, "2023-05-01", null, null);
    Event b = event("040", MIRZOYAN, BAYRAMOV, "2023-05-01", null, null);
    assertThat(merger.sameEvent(a, b)).isTrue();
  }

  @Test
  void visitsInOppositeDirectionsStayApart() {
    Event a = event("051", BAYRAMOV, MIRZOYAN, "2023-05-01", null, null);
    Event b = event("051", MIRZOYAN, BAYRAMOV, "2023-05-01", null, null);
    assertThat(merger.sameEvent(a, b)).isFalse();
  }

  @Test
  void differentDaysOfOneMonthStayApart() {
    Event a = event("040", BAYRAMOV, MIRZOYAN, "2023-05-01", null, null);
    Event b = event("040", BAYRAMOV, MIRZOYAN, "2023-05-14", null, null);
    assertThat(merger.merge(List.of(a, b))).hasSize(2);
  }

  @Test
  void differentPlacesStayApart() {
    Event a = event("040", BAYRAMOV, MIRZOYAN, "2023-05", null, "Washington");
    Event b = event("040", BAYRAMOV, MIRZOYAN, "2023-05", null, "Moscow");
    assertThat(merger.sameEvent(a, b)).isFalse();
  }

  @Test
  void undatedEventsMergeOnlyWhenReportedWithinAWeek() {
    Event a = event("040", BAYRAMOV, MIRZOYAN, null, "2023-05-01", null);
    Event b = event("040", BAYRAMOV, MIRZOYAN, null, "2023-05-05", null);
    Event c = event("040", BAYRAMOV, MIRZOYAN, null, "2023-09-05", null);
    assertThat(merger.sameEvent(a, b)).isTrue();
    assertThat(merger.sameEvent(a, c)).isFalse();
  }

  @Test
  void aDeniedMeetingIsNotTheMeetingThatHappened() {
    Event a = event("040", BAYRAMOV, MIRZOYAN, "2023-05-01", null, null);
    Event denied = new Event("040", BAYRAMOV, Optional.of(MIRZOYAN), a.date(), Optional.empty(), Optional.empty(), EventStatus.NEGATED,
        new TextSpan(0, 4), "text", "");
    assertThat(merger.sameEvent(a, denied)).isFalse();
  }

  @Test
  void combineKeepsTheMoreSpecificCode() {
    Event root = event("04", BAYRAMOV, MIRZOYAN, "2023-05-01", null, null);
    Event phone = event("041", BAYRAMOV, MIRZOYAN, "2023-05-01", null, null);
    assertThat(merger.combine(root, phone).cameo()).isEqualTo("041");
  }

  private static Event event(String cameo, Actor source, Actor target, String date, String reported, String place) {
    return new Event(cameo, source, Optional.of(target), Optional.ofNullable(date).map(FuzzyDate::parse),
        Optional.ofNullable(reported).map(FuzzyDate::parse), Optional.ofNullable(place), EventStatus.HAPPENED, new TextSpan(0, 4),
        "text", "test");
  }

  private static Actor person(String id, String name) {
    return new Actor(id, name, EntityType.PERSON, Optional.empty(), List.of());
  }
}
