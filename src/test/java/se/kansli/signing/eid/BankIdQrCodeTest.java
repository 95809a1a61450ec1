package se.kansli.signing.eid;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BankIdQrCodeTest {

  // The test vector in BankID RP API v6, "QR codes".
  private static final String SECRET = "d28db9a7-4cde-429e-a983-359be676944c";

  @Test
  void authCodeMatchesBankIdsTestVector() {
    assertThat(BankIdQrCode.authCode(SECRET, 0))
        .isEqualTo("dc69358e712458a66a7525beef148ae8526b1c71610eff2c16cdffb4cdac9bf8");
    assertThat(BankIdQrCode.authCode(SECRET, 1))
        .isEqualTo("949d559bf23403952a94d103e67743126381eda00f0b3cbddbf7c96b1adcbce2");
  }

  @Test
  void contentJoinsTokenTimeAndCode() {
    assertThat(BankIdQrCode.content("67df3917-fa0d-44e5-b327-edcc928297f8", SECRET, 1))
        .isEqualTo(
            "bankid.67df3917-fa0d-44e5-b327-edcc928297f8.1."
                + "949d559bf23403952a94d103e67743126381eda00f0b3cbddbf7c96b1adcbce2");
  }

  @Test
  void autoStartUrlCarriesTheTokenAndNoRedirect() {
    assertThat(BankIdQrCode.autoStartUrl("7c40b5c9-fa74-49cf-b98c-bfe651f9a7c6"))
        .isEqualTo("bankid:///?autostarttoken=7c40b5c9-fa74-49cf-b98c-bfe651f9a7c6&redirect=null");
  }
}
