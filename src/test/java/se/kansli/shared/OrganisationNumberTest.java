package se.kansli.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class OrganisationNumberTest {

  @Test
  void acceptsLuleaKommunsNumber() {
    assertThat(OrganisationNumber.parse("212000-2759").value()).isEqualTo("212000-2759");
    assertThat(OrganisationNumber.parse("2120002759").value()).isEqualTo("212000-2759");
  }

  @Test
  void refusesAWrongCheckDigit() {
    assertThatThrownBy(() -> OrganisationNumber.parse("212000-2758"))
        .isInstanceOf(InvalidInput.class)
        .hasMessageContaining("kontrollsiffran");
  }

  @Test
  void refusesAPersonalNumberShape() {
    assertThatThrownBy(() -> OrganisationNumber.parse("121212-1212"))
        .hasMessageContaining("tredje siffran");
  }
}
