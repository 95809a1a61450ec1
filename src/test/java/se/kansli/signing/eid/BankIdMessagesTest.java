package se.kansli.signing.eid;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BankIdMessagesTest {

  @Test
  void pendingHintsFollowTheGuidelines() {
    assertThat(BankIdMessages.pending("outstandingTransaction", false))
        .isEqualTo("Starta BankID-appen.");
    assertThat(BankIdMessages.pending("outstandingTransaction", true))
        .isEqualTo("Försöker starta BankID-appen.");
    assertThat(BankIdMessages.pending("noClient", true)).isEqualTo("Starta BankID-appen.");
    assertThat(BankIdMessages.pending("userSign", false))
        .isEqualTo(
            "Skriv in din säkerhetskod i BankID-appen och välj Identifiera eller Skriv under.");
    assertThat(BankIdMessages.pending("started", true)).startsWith("Söker efter BankID");
    assertThat(BankIdMessages.pending("userCallConfirm", true)).contains("samtal");
  }

  @Test
  void unknownPendingHintSaysItIsInProgress() {
    assertThat(BankIdMessages.pending("somethingNew", false))
        .isEqualTo("Identifiering eller underskrift pågår.");
  }

  @Test
  void failedHintsFollowTheGuidelines() {
    assertThat(BankIdMessages.failed("userCancel", false)).isEqualTo("Åtgärden avbruten.");
    assertThat(BankIdMessages.failed("cancelled", false))
        .isEqualTo("Åtgärden avbruten. Försök igen.");
    assertThat(BankIdMessages.failed("expiredTransaction", false))
        .startsWith("BankID-appen svarar inte.");
    assertThat(BankIdMessages.failed("certificateErr", false))
        .contains("för gammalt eller spärrat");
    assertThat(BankIdMessages.failed("startFailed", false))
        .startsWith("Misslyckades att läsa av QR");
    assertThat(BankIdMessages.failed("startFailed", true)).startsWith("BankID-appen verkar inte");
    assertThat(BankIdMessages.failed("userDeclinedCall", true)).startsWith("Åtgärden avbruten");
    assertThat(BankIdMessages.failed("notSupportedByUserApp", true)).contains("uppdateras");
    assertThat(BankIdMessages.failed("somethingNew", false)).isEqualTo("Okänt fel. Försök igen.");
  }

  @Test
  void errorCodesFollowTheGuidelines() {
    assertThat(BankIdMessages.error("alreadyInProgress"))
        .isEqualTo(
            "En identifiering eller underskrift för det här personnumret är redan påbörjad."
                + " Försök igen.");
    for (String code : new String[] {"requestTimeout", "internalError", "maintenance"}) {
      assertThat(BankIdMessages.error(code)).isEqualTo("Internt tekniskt fel. Försök igen.");
    }
    for (String code :
        new String[] {
          "invalidParameters",
          "unauthorized",
          "notFound",
          "methodNotAllowed",
          "unsupportedMediaType",
          "brandNew"
        }) {
      assertThat(BankIdMessages.error(code)).isEqualTo("Okänt fel. Försök igen.");
    }
  }
}
