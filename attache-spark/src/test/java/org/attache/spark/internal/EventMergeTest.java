package org.attache.spark.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventMergeTest {

  private static Telling told(String doc, String cameo, String source, String target, String date, String published, String status) {
    return new Telling(doc, 0, "2020-11", cameo, source, target, date, null, null, status, 0, 3, "met", "p",
        published == null ? null : LocalDate.parse(published));
  }

  private static List<Long> mentionsPerEvent(Telling... tellings) {
    return EventMerge.merge(List.of(tellings)).stream().map(m -> (long) m.mentions().size()).toList();
  }

  @Test
  void aMeetingToldEitherWayRoundIsOneEvent() {
    assertThat(mentionsPerEvent(told("a", "040", "aze", "arm", "2020-11-10", null, "HAPPENED"),
        told("b", "042", "arm", "aze", "2020-11-10", null, "HAPPENED"))).containsExactly(2L);
  }

  @Test
  void anAccusationIsNotTheSameEventWhenSourceAndTargetSwap() {
    assertThat(EventMerge.key(told("a", "112", "aze", "arm", null, null, "HAPPENED").event()))
        .isNotEqualTo(EventMerge.key(told("b", "112", "arm", "aze", null, null, "HAPPENED").event()));
  }

  @Test
  void aMonthCoversADayButTwoDaysApartAreTwoEvents() {
    assertThat(mentionsPerEvent(told("a", "040", "aze", "arm", "2020-11", null, "HAPPENED"),
        told("b", "040", "aze", "arm", "2020-11-10", null, "HAPPENED"), told("c", "040", "aze", "arm", "2020-11-12", null, "HAPPENED")))
        .containsExactly(2L, 1L);
  }

  @Test
  void undatedEventsReportedAWeekApartMergeAndFurtherApartDoNot() {
    assertThat(mentionsPerEvent(told("a", "040", "aze", "arm", null, "2020-11-01", "HAPPENED"),
        told("b", "040", "aze", "arm", null, "2020-11-08", "HAPPENED"))).containsExactly(2L);
    assertThat(mentionsPerEvent(told("a", "040", "aze", "arm", null, "2020-11-01", "HAPPENED"),
        told("b", "040", "aze", "arm", null, "2020-11-09", "HAPPENED"))).containsExactly(1L, 1L);
  }

  @Test
  void aDeniedMeetingIsNotTheMeetingThatHappened() {
    assertThat(mentionsPerEvent(told("a", "040", "aze", "arm", "2020-11-10", null, "HAPPENED"),
        told("b", "040", "aze", "arm", "2020-11-10", null, "NEGATED"))).containsExactly(1L, 1L);
  }

  @Test
  void theMergedEventTakesTheMoreSpecificCodeAndTheNarrowerDateAndIsIdentifiedByItsFirstTelling() {
    List<EventMerge.Merged> merged = EventMerge.merge(List.of(told("b", "043", "aze", "arm", "2020-11-10", null, "HAPPENED"),
        told("a", "04", "arm", "aze", "2020-11", null, "HAPPENED")));
    assertThat(merged).hasSize(1);
    var event = merged.get(0).event();
    assertThat(event.getString(1)).isEqualTo("043");
    assertThat(event.getString(3)).isEqualTo("arm~aze");
    assertThat(event.getString(6)).isEqualTo("2020-11-10");
    assertThat(event.getLong(0)).isEqualTo(StableIds.of("a", "event", 0));
    assertThat(merged.get(0).mentions()).extracting(r -> r.getString(1)).containsExactly("a", "b");
  }
}
