package org.attache.nlp.actor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.attache.model.Entity;
import org.attache.model.EntityType;
import org.attache.nlp.HandAnnotated;
import org.junit.jupiter.api.Test;

class RegistryActorResolverTest {

  private static final ActorRegistry REGISTRY = ActorRegistry.bundled();
  private final RegistryActorResolver resolver = new RegistryActorResolver(REGISTRY);

  private List<Entity> entities(String marked, String published) {
    return resolver.resolve(HandAnnotated.of(marked, published)).entities();
  }

  private Optional<Entity> named(List<Entity> es, String name) {
    return es.stream().filter(e -> e.name().equals(name)).findFirst();
  }

  @Test
  void transliterationVariantResolvesToTheCanonicalName() {
    List<Entity> es = entities("Talks in Baku\n\n[Sergei Lavrov|PERSON] arrived in Baku on Monday.", "2021-05-11");
    assertThat(named(es, "Sergey Lavrov")).hasValueSatisfying(e -> {
      assertThat(e.actor().type()).isEqualTo(EntityType.PERSON);
      assertThat(e.actor().country()).contains("RUS");
      assertThat(e.role().orElse("")).containsIgnoringCase("foreign");
    });
    assertThat(named(es, "Baku")).isPresent();
  }

  @Test
  void accentsAreFoldedWhenMatchingNames() {
    List<Entity> es = entities("Visit\n\nPresident [Erdogan|PERSON] visited Shusha.", "2021-06-16");
    assertThat(es).anySatisfy(e -> assertThat(e.name()).startsWith("Recep Tayyip Erdo"));
  }

  @Test
  void surnameAfterAFullMentionIsTheSamePerson() {
    List<Entity> es = entities("Analysis\n\nAnalyst [Farida Gasimova|PERSON] spoke first. Later [Gasimova|PERSON] added a remark.", "2022-01-10");
    List<Entity> people = es.stream().filter(e -> e.actor().type() == EntityType.PERSON).toList();
    assertThat(people).singleElement().satisfies(e -> {
      assertThat(e.name()).isEqualTo("Farida Gasimova");
      assertThat(e.mentions()).hasSize(2);
    });
  }

  @Test
  void misspelledSurnameResolvesToThePersonNamedInTheArticle() {
    List<Entity> es = entities("Talks\n\n[Zohrab Mnatsakanyan|PERSON] will meet his counterpart. [Mnatsaknyan|PERSON] said little.", "2019-12-04");
    assertThat(es.stream().filter(e -> e.actor().type() == EntityType.PERSON)).singleElement()
        .satisfies(e -> assertThat(e.name()).isEqualTo("Zohrab Mnatsakanyan"));
  }

  @Test
  void twoPeopleWithCloseNamesAreNotMerged() {
    List<Entity> es = entities("Op-ed\n\n[Ilham Aliyev|PERSON] met envoys. The author [Kamal Aliyev|PERSON] disagrees.", "2023-02-28");
    assertThat(named(es, "Ilham Aliyev")).isPresent();
    assertThat(named(es, "Kamal Aliyev")).isPresent();
  }

  @Test
  void similarSurnamesOfDifferentPeopleStayApart() {
    List<Entity> es = entities("Meeting\n\n[Elmar Mammadyarov|PERSON] met [Novruz Mammadov|PERSON] in Baku.", "2018-03-01");
    assertThat(named(es, "Elmar Mammadyarov")).isPresent();
    assertThat(es).anySatisfy(e -> assertThat(e.name()).isEqualTo("Novruz Mammadov"));
  }

  @Test
  void roleNounFollowsTheChangeOfOffice() {
    String text = "Statement\n\nThe Azerbaijani Foreign Minister said the talks were useful.";
    assertThat(entities(text, "2019-06-01")).anySatisfy(e -> assertThat(e.name()).isEqualTo("Elmar Mammadyarov"));
    assertThat(entities(text, "2022-06-01")).anySatisfy(e -> assertThat(e.name()).isEqualTo("Jeyhun Bayramov"));
  }

  @Test
  void possessiveCountryRoleNounNamesTheOfficeHolder() {
    String text = "Statement\n\nArmenia's Prime Minister said the border would be demarcated.";
    assertThat(entities(text, "2023-05-15")).anySatisfy(e -> assertThat(e.name()).isEqualTo("Nikol Pashinyan"));
  }

  @Test
  void unknownNameBecomesANewActorNamedByItsLongestForm() {
    List<Entity> es = entities("Report\n\nThe [Caspian Institute of Maps|ORGANIZATION] published a study. [Tamerlan Quliyev|PERSON] wrote it.", "2020-01-01");
    assertThat(named(es, "Caspian Institute of Maps")).hasValueSatisfying(e -> assertThat(e.actor().type()).isEqualTo(EntityType.ORG));
    assertThat(named(es, "Tamerlan Quliyev")).isPresent();
  }

  @Test
  void everyMentionCarriesItsOffsets() {
    var text = HandAnnotated.of("Visit\n\n[Sergey Lavrov|PERSON] met [Ilham Aliyev|PERSON].", "2019-12-04");
    for (Entity e : resolver.resolve(text).entities()) {
      e.mentions().forEach(m -> assertThat(m.span().of(text.text())).isEqualTo(m.text()));
    }
  }
}
