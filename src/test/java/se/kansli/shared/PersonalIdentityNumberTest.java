package se.kansli.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PersonalIdentityNumberTest {

  @Test
  void acceptsTheTaxAgencysTestNumberInEveryCommonForm() {
    assertThat(PersonalIdentityNumber.parse("19121212-1212").value()).isEqualTo("19121212-1212");
    assertThat(PersonalIdentityNumber.parse("191212121212").value()).isEqualTo("19121212-1212");
    assertThat(PersonalIdentityNumber.parse("121212-1212").value()).isEqualTo("20121212-1212");
    assertThat(PersonalIdentityNumber.parse("121212+1212").value()).isEqualTo("19121212-1212");
  }

  @Test
  void refusesAWrongCheckDigitWithASwedishMessage() {
    assertThatThrownBy(() -> PersonalIdentityNumber.parse("19121212-1213"))
        .isInstanceOf(InvalidInput.class)
        .hasMessageContaining("kontrollsiffran");
  }

  @Test
  void refusesDatesThatDoNotExist() {
    assertThatThrownBy(() -> PersonalIdentityNumber.parse("19990230-1234"))
        .hasMessageContaining("datumet finns inte");
  }

  @Test
  void acceptsCoordinationNumbers() {
    // Day 72 = 12 + 60; check digit computed by Luhn over 7010720000.
    assertThat(PersonalIdentityNumber.parse("701072-0006").value()).endsWith("701072-0006");
  }

  @Test
  void refusesGarbage() {
    assertThatThrownBy(() -> PersonalIdentityNumber.parse("abc")).isInstanceOf(InvalidInput.class);
    assertThatThrownBy(() -> PersonalIdentityNumber.parse("")).isInstanceOf(InvalidInput.class);
  }

  @Test
  void masksTheLastFourDigits() {
    assertThat(PersonalIdentityNumber.parse("19121212-1212").masked()).isEqualTo("19121212-XXXX");
  }
}
