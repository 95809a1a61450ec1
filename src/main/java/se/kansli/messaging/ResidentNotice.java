package se.kansli.messaging;

import se.kansli.shared.InvalidInput;
import se.kansli.shared.OrganisationId;

/**
 * Command: tell a resident that something happened in their case, on the channels they chose.
 *
 * <p>There is deliberately no field for what the case is about (the e-service, the status, the
 * message): e-mail and SMS are not secure channels, and that may be under secrecy (OSL 2009:400),
 * so a notice can only name the organisation and the case number and point to My pages, where the
 * resident reads the rest after eID login.
 *
 * @param email where to e-mail the notice, null if not by e-mail
 * @param phone where to text the notice, null if not by SMS
 * @param path the page on the public site to point to (under {@code kansli.messaging.public-url}),
 *     null for a sender without My pages (an anonymous e-service's receipt)
 */
public record ResidentNotice(
    OrganisationId organisation,
    NoticeKind kind,
    String caseNumber,
    String email,
    String phone,
    String path) {

  public ResidentNotice {
    if (organisation == null) {
      throw new InvalidInput("organisation", "Ange organisation.");
    }
    if (kind == null) {
      throw new InvalidInput("kind", "Ange vad aviseringen gäller.");
    }
    if (caseNumber == null || caseNumber.isBlank()) {
      throw new InvalidInput("caseNumber", "Ange diarienummer.");
    }
    caseNumber = caseNumber.strip();
    email = email == null || email.isBlank() ? null : email.strip();
    phone = phone == null || phone.isBlank() ? null : phone.strip();
    if (path != null && !path.startsWith("/")) {
      throw new InvalidInput("path", "Länken ska vara en sökväg på den publika webbplatsen.");
    }
    if (path == null && kind != NoticeKind.RECEIPT) {
      throw new InvalidInput("path", "Aviseringen måste länka till Mina sidor.");
    }
  }

  /** Neither e-mail nor phone: the resident chose not to be notified, or gave no address. */
  boolean nowhere() {
    return email == null && phone == null;
  }
}
