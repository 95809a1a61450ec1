package se.kansli.messaging;

import java.time.LocalDate;

/**
 * The words of a notice, short and in Swedish: the organisation, the case number and a link, and
 * never what the case is about (OSL 2009:400; e-mail and SMS are not secure channels).
 *
 * @param link the full address to log in at, null when the recipient has no My pages
 */
record NoticeText(
    NoticeKind kind, String organisationName, String caseNumber, String link, LocalDate day) {

  private static final String NO_REPLY = "Det här meddelandet går inte att svara på.\n";

  String subject() {
    return switch (kind) {
      case RECEIPT -> "Kvitto: ärende " + caseNumber + " hos " + organisationName;
      case STATUS_CHANGED -> "Ditt ärende " + caseNumber + " har fått ny status";
      case MESSAGE_WAITING -> "Nytt meddelande från " + organisationName;
    };
  }

  String email() {
    return switch (kind) {
      case RECEIPT ->
          """
          Hej!

          %s har tagit emot det du skickade in %s.

          Diarienummer: %s

          Ange diarienumret om du kontaktar oss om ärendet.%s

          %s\
          """
              .formatted(
                  organisationName,
                  day,
                  caseNumber,
                  link == null ? "" : " Du kan följa ärendet på Mina sidor:\n" + link,
                  NO_REPLY);
      case STATUS_CHANGED ->
          """
          Hej!

          Ditt ärende %s hos %s har fått en ny status. Logga in på Mina sidor med
          e-legitimation för att se vad som har hänt:
          %s

          %s\
          """
              .formatted(caseNumber, organisationName, link, NO_REPLY);
      case MESSAGE_WAITING ->
          """
          Hej!

          Du har fått ett nytt meddelande från %s i ärende %s.

          Av säkerhetsskäl står meddelandet inte i det här e-postbrevet. Logga in på Mina sidor
          med e-legitimation för att läsa det:
          %s

          %s\
          """
              .formatted(organisationName, caseNumber, link, NO_REPLY);
    };
  }

  String sms() {
    return switch (kind) {
      case RECEIPT ->
          "%s har tagit emot ditt ärende %s.%s"
              .formatted(
                  organisationName,
                  caseNumber,
                  link == null ? "" : " Följ det på Mina sidor: " + link);
      case STATUS_CHANGED ->
          "Ditt ärende %s hos %s har fått ny status. Logga in på Mina sidor: %s"
              .formatted(caseNumber, organisationName, link);
      case MESSAGE_WAITING ->
          "Du har ett nytt meddelande från %s i ärende %s. Logga in på Mina sidor: %s"
              .formatted(organisationName, caseNumber, link);
    };
  }
}
