package se.kansli.signing.eid;

import com.verisec.frejaeid.client.enums.TransactionStatus;

/**
 * Swedish texts for Freja eID's transaction statuses. Freja publishes no recommended wording as
 * BankID does, so these are Kansli's own, in the same tone as the BankID texts.
 */
final class FrejaMessages {

  static final String TECHNICAL_ERROR = "Internt tekniskt fel. Försök igen.";
  static final String REFUSED = "Freja eID tog inte emot beställningen. Försök igen.";

  private FrejaMessages() {}

  static String of(TransactionStatus status) {
    return switch (status) {
      case STARTED -> "Öppna Freja eID-appen.";
      case DELIVERED_TO_MOBILE -> "Öppna Freja eID-appen och godkänn.";
      case APPROVED -> "Klart.";
      case REJECTED -> "Du avböjde i Freja eID-appen. Åtgärden avbruten.";
      case EXPIRED -> "Tiden gick ut innan du godkände i Freja eID-appen. Försök igen.";
      case CANCELED -> "Åtgärden avbruten.";
      case RP_CANCELED -> "Åtgärden avbruten. Försök igen.";
    };
  }

  static EidStatus.State state(TransactionStatus status) {
    return switch (status) {
      case STARTED, DELIVERED_TO_MOBILE -> EidStatus.State.PENDING;
      case APPROVED -> EidStatus.State.COMPLETE;
      case REJECTED, EXPIRED, CANCELED, RP_CANCELED -> EidStatus.State.FAILED;
    };
  }
}
