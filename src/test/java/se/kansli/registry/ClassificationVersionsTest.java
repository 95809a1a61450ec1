package se.kansli.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.kansli.KansliTest;
import se.kansli.TestStaff;
import se.kansli.shared.Actor;
import se.kansli.shared.Conflict;
import se.kansli.shared.InvalidInput;
import se.kansli.shared.Role;

@KansliTest
class ClassificationVersionsTest {

  @Autowired ClassificationScheme scheme;
  @Autowired CaseRegistry cases;
  @Autowired TestStaff staff;

  @Test
  void everyChangePublishesAVersionAndOldVersionsStayReadable() {
    Actor admin = staff.actor(Role.ADMINISTRATOR, "lulea");
    String code = "3.1." + (100 + (int) (Math.random() * 800));
    int before = scheme.currentVersion();
    scheme.save(code, "Hantera testärenden", "", "Ny klass för test", admin);
    int added = scheme.currentVersion();
    scheme.save(code, "Hantera provärenden", "", "Bytt namn", admin);
    int renamed = scheme.currentVersion();

    assertThat(added).isGreaterThan(before);
    assertThat(renamed).isEqualTo(added + 1);
    assertThat(scheme.at(before)).extracting(ActivityClass::code).doesNotContain(code);
    assertThat(scheme.at(added))
        .filteredOn(a -> a.code().equals(code))
        .extracting(ActivityClass::title)
        .containsExactly("Hantera testärenden");
    assertThat(scheme.find(code).orElseThrow().title()).isEqualTo("Hantera provärenden");
    assertThat(scheme.versions().getFirst().comment()).isEqualTo("Bytt namn");

    Actor registrar = staff.actor(Role.REGISTRAR, "lulea");
    CaseView c =
        cases.register(
            new RegisterCase(
                "lulea", code, "Under klassen", "", null, List.of(), null, Set.of(), null),
            registrar);
    scheme.retire(code, admin);
    assertThatThrownBy(() ->
            cases.register(
                new RegisterCase("lulea", code, "Efter", "", null, List.of(), null, Set.of(), null),
                registrar))
        .isInstanceOf(InvalidInput.class)
        .extracting("field")
        .isEqualTo("classificationCode");
    assertThat(cases.get(c.id(), registrar).classificationCode()).isEqualTo(code);
  }

  @Test
  void aClassNeedsItsParentAndALevelWithChildrenCannotBeRetired() {
    Actor admin = staff.actor(Role.ADMINISTRATOR, "lulea");
    assertThatThrownBy(() -> scheme.save("8.8.8", "Föräldralös", "", "", admin))
        .isInstanceOf(InvalidInput.class)
        .hasMessageContaining("8.8");
    assertThatThrownBy(() -> scheme.retire("2.2", admin)).isInstanceOf(Conflict.class);
    assertThatThrownBy(() -> scheme.save("3.x", "Fel", "", "", admin))
        .isInstanceOf(InvalidInput.class);
  }

  @Test
  void onlyAdministratorsChangeTheScheme() {
    Actor registrar = staff.actor(Role.REGISTRAR, "lulea");
    assertThatThrownBy(() -> scheme.save("3.1.9", "X", "", "", registrar))
        .hasMessageContaining("administratörer");
  }
}
