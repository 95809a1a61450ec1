package se.kansli.signing.eid;

import java.util.Map;

/**
 * The Swedish texts to show for each BankID state. RFA1–RFA23 are the recommended user messages of
 * BankID's relying-party guidelines ("Recommended terminology", RFA = Recommendation For Action);
 * which one belongs to which hint or error code follows the same guidelines. A few hint codes added
 * to API v6 for phone orders have no recommended text; those texts are Kansli's own and say so
 * below.
 */
final class BankIdMessages {

  static final String RFA1 = "Starta BankID-appen.";
  static final String RFA2 = "Du har inte BankID-appen installerad. Kontakta din bank.";
  static final String RFA3 = "Åtgärden avbruten. Försök igen.";
  static final String RFA4 =
      "En identifiering eller underskrift för det här personnumret är redan påbörjad. Försök igen.";
  static final String RFA5 = "Internt tekniskt fel. Försök igen.";
  static final String RFA6 = "Åtgärden avbruten.";
  static final String RFA8 =
      "BankID-appen svarar inte. Kontrollera att den är startad och att du har internetanslutning."
          + " Om du inte har något giltigt BankID kan du skaffa ett hos din bank. Försök sedan igen.";
  static final String RFA9 =
      "Skriv in din säkerhetskod i BankID-appen och välj Identifiera eller Skriv under.";
  static final String RFA13 = "Försöker starta BankID-appen.";
  static final String RFA14 =
      "Söker efter BankID, det kan ta en liten stund … Om det har gått några sekunder och inget"
          + " BankID har hittats har du sannolikt inget BankID som går att använda för den aktuella"
          + " identifieringen/underskriften i den här enheten. Om du inte har något BankID kan du"
          + " skaffa ett hos din bank. Om du har ett BankID på en annan enhet kan du starta din"
          + " BankID-app där.";
  static final String RFA15 =
      "Söker efter BankID, det kan ta en liten stund … Om det har gått några sekunder och inget"
          + " BankID har hittats har du sannolikt inget BankID som går att använda för den aktuella"
          + " identifieringen/underskriften i den här enheten. Om du inte har något BankID kan du"
          + " skaffa ett hos din bank.";
  static final String RFA16 =
      "Det BankID du försöker använda är för gammalt eller spärrat. Använd ett annat BankID eller"
          + " skaffa ett nytt hos din bank.";

  /** RFA17 A: the app was to be started on this device. */
  static final String RFA17_APP =
      "BankID-appen verkar inte finnas i din dator eller mobil. Installera den och skaffa ett"
          + " BankID hos din bank. Installera appen från din appbutik eller"
          + " https://install.bankid.com.";

  /** RFA17 B: the user was to scan the QR code. */
  static final String RFA17_QR =
      "Misslyckades att läsa av QR-koden. Starta BankID-appen och läs av QR-koden. Kontrollera att"
          + " BankID-appen är uppdaterad. Om du inte har BankID-appen måste du installera den och"
          + " skaffa ett BankID hos din bank. Installera appen från din appbutik eller"
          + " https://install.bankid.com.";

  static final String RFA19 =
      "Vill du identifiera dig eller skriva under med BankID på den här datorn eller med ett"
          + " Mobilt BankID?";
  static final String RFA20 =
      "Vill du identifiera dig eller skriva under med ett BankID på den här enheten eller med ett"
          + " BankID på en annan enhet?";
  static final String RFA21 = "Identifiering eller underskrift pågår.";
  static final String RFA22 = "Okänt fel. Försök igen.";
  static final String RFA23 = "Fotografera och läs av din ID-handling med BankID-appen.";

  // Kansli's own texts: the guidelines recommend none for these v6 phone and app codes.
  static final String USER_MOBILE = "Öppna BankID-appen i din mobil.";
  static final String USER_CALL_CONFIRM =
      "Bekräfta i BankID-appen att du har ett pågående samtal med oss.";
  static final String USER_DECLINED_CALL =
      "Åtgärden avbruten eftersom du angav i BankID-appen att du inte talar med oss.";
  static final String NOT_SUPPORTED_BY_USER_APP =
      "Din BankID-app behöver uppdateras. Uppdatera den och försök igen.";

  /** Error codes of a 4xx/5xx answer (RP API v6, "Error codes") and what to tell the user. */
  private static final Map<String, String> ERRORS =
      Map.of(
          "alreadyInProgress", RFA4,
          "invalidParameters", RFA22,
          "unauthorized", RFA22,
          "notFound", RFA22,
          "methodNotAllowed", RFA22,
          "requestTimeout", RFA5,
          "unsupportedMediaType", RFA22,
          "internalError", RFA5,
          "maintenance", RFA5);

  private BankIdMessages() {}

  /**
   * The text for a pending order's hint code (RP API v6, collect, "status pending").
   *
   * @param sameDevice whether the app was started on this device rather than by QR code
   */
  static String pending(String hintCode, boolean sameDevice) {
    return switch (String.valueOf(hintCode)) {
      case "outstandingTransaction" -> sameDevice ? RFA13 : RFA1;
      case "noClient" -> RFA1;
      case "started" -> sameDevice ? RFA14 : RFA15;
      case "userSign" -> RFA9;
      case "userMrtd" -> RFA23;
      case "userMobile" -> USER_MOBILE;
      case "userCallConfirm" -> USER_CALL_CONFIRM;
      default -> RFA21;
    };
  }

  /** The text for a failed order's hint code (RP API v6, collect, "status failed"). */
  static String failed(String hintCode, boolean sameDevice) {
    return switch (String.valueOf(hintCode)) {
      case "expiredTransaction" -> RFA8;
      case "certificateErr" -> RFA16;
      case "userCancel" -> RFA6;
      case "cancelled" -> RFA3;
      case "startFailed" -> sameDevice ? RFA17_APP : RFA17_QR;
      case "userDeclinedCall" -> USER_DECLINED_CALL;
      case "notSupportedByUserApp" -> NOT_SUPPORTED_BY_USER_APP;
      default -> RFA22;
    };
  }

  /** The text for an error code; unknown codes get RFA22 as the guidelines say. */
  static String error(String errorCode) {
    return ERRORS.getOrDefault(String.valueOf(errorCode), RFA22);
  }
}
