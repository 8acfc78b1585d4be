package org.attache.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class NearDuplicatesTest {

  private static final String STORY = "The foreign ministers of the two neighbouring republics met in Tbilisi on Friday for the first direct "
      + "talks in four months, with the host government acting as mediator. The meeting, held at a government residence outside the city, "
      + "lasted more than five hours, according to officials from both delegations. The host foreign minister said the next round would "
      + "take place in July. Both sides said they had discussed the work of the joint border commission, which has not met since February, "
      + "and a possible exchange of detainees held since the clashes of last autumn. Observers said the tone was more conciliatory.";

  @Test
  void sameTextWithOtherCaseAndSpacingIsAnExactDuplicateOfTheFirst() {
    NearDuplicates d = new NearDuplicates(0.8);
    assertThat(d.check("a", STORY)).isEmpty();
    assertThat(d.check("b", STORY.toUpperCase(java.util.Locale.ROOT).replace(" ", "  \n"))).hasValueSatisfying(x -> {
      assertThat(x.original()).isEqualTo("a");
      assertThat(x.exact()).isTrue();
    });
  }

  @Test
  void syndicatedCopyWithANewHeadlineAndATrimmedEndIsANearDuplicate() {
    NearDuplicates d = new NearDuplicates(0.8);
    d.check("original", "Ministers meet in Tbilisi\n\n" + STORY);
    String copy = "Talks resume between neighbours\n\n" + STORY.substring(0, STORY.lastIndexOf(" Observers"));
    assertThat(d.check("copy", copy)).hasValueSatisfying(x -> {
      assertThat(x.original()).isEqualTo("original");
      assertThat(x.exact()).isFalse();
      assertThat(x.similarity()).isGreaterThanOrEqualTo(0.8);
    });
  }

  @Test
  void differentStoryOnTheSameSubjectIsNotADuplicate() {
    NearDuplicates d = new NearDuplicates(0.8);
    d.check("a", STORY);
    String other = "Negotiators from the two republics will meet again in July, the mediator said on Saturday, after talks in Tbilisi "
        + "that officials described as businesslike. The border commission is expected to resume its work, and families of detainees "
        + "have asked both governments to agree on an exchange before the winter. Diplomats said no joint statement was planned.";
    assertThat(d.check("b", other)).isEmpty();
  }

  @Test
  void thresholdDecidesHowCloseACopyMustBe() {
    String edited = STORY.replace("Friday", "Saturday").replace("five hours", "six hours").replace("July", "August")
        .replace("February", "March").replace("autumn", "winter");
    double s = NearDuplicates.similarity(STORY, edited);
    assertThat(s).isBetween(0.3, 0.95);
    NearDuplicates strict = new NearDuplicates(Math.min(1.0, s + 0.05));
    strict.check("a", STORY);
    assertThat(strict.check("b", edited)).isEmpty();
    NearDuplicates loose = new NearDuplicates(Math.max(0.05, s - 0.05));
    loose.check("a", STORY);
    assertThat(loose.check("b", edited)).isPresent();
  }

  @Test
  void textWithoutWordsIsNeverADuplicate() {
    NearDuplicates d = new NearDuplicates(0.8);
    assertThat(d.check("a", "…  ---")).isEmpty();
    assertThat(d.check("b", "…  ---")).isEmpty();
  }

  @Test
  void thresholdOutsideZeroToOneIsRefusedWithItsValue() {
    assertThatThrownBy(() -> new NearDuplicates(1.5)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1.5");
  }
}
