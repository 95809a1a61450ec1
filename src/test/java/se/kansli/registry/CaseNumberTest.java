package se.kansli.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import se.kansli.shared.InvalidInput;

class CaseNumberTest {

  @Test
  void parsesTheSeedsCaseNumbers() {
    CaseNumber n = CaseNumber.parse("2022/9-2.2.0.1");
    assertThat(n.year()).isEqualTo(2022);
    assertThat(n.serial()).isEqualTo(9);
    assertThat(n.classificationCode()).isEqualTo("2.2.0.1");
    assertThat(n).hasToString("2022/9-2.2.0.1");
  }

  @Test
  void acceptsLooseSpacingAndAMissingCode() {
    assertThat(CaseNumber.parse(" 2022 / 17 - 1.1.1.2 ")).hasToString("2022/17-1.1.1.2");
    assertThat(CaseNumber.parse("2022/17")).hasToString("2022/17");
  }

  @Test
  void refusesMalformedNumbers() {
    assertThatThrownBy(() -> CaseNumber.parse("22/9")).isInstanceOf(InvalidInput.class);
    assertThatThrownBy(() -> CaseNumber.parse("2022/0")).isInstanceOf(InvalidInput.class);
    assertThatThrownBy(() -> CaseNumber.parse("2022-9")).isInstanceOf(InvalidInput.class);
    assertThat(CaseNumber.tryParse("nämnden")).isEmpty();
  }
}
