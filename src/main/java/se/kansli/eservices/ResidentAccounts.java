package se.kansli.eservices;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.kansli.messaging.Conversations;
import se.kansli.shared.InvalidInput;
import se.kansli.shared.NotFound;
import se.kansli.shared.PersonalIdentityNumber;
import se.kansli.shared.ResidentId;
import se.kansli.signing.eid.EidIdentity;

/**
 * Residents' accounts: made from a verified eID on the first login, and the contact details the
 * resident keeps on My pages. A resident only ever reads and changes their own account.
 */
@Service
public class ResidentAccounts {

  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
  private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ()-]{6,20}");

  private final ResidentRows rows;
  private final Conversations conversations;
  private final Clock clock;

  ResidentAccounts(ResidentRows rows, Conversations conversations, Optional<Clock> clock) {
    this.rows = rows;
    this.conversations = conversations;
    this.clock = clock.orElse(Clock.systemUTC());
  }

  /** The resident the eID proved, created or brought up to date, with this login's time. */
  @Transactional
  public ResidentView signIn(EidIdentity identity) {
    if (identity == null || identity.personalIdentityNumber() == null) {
      throw new InvalidInput("identity", "Identifieringen är inte klar.");
    }
    String number = PersonalIdentityNumber.parse(identity.personalIdentityNumber()).value();
    String name =
        identity.name() == null || identity.name().isBlank() ? number : identity.name().strip();
    return rows.upsert(number, name, now());
  }

  @Transactional(readOnly = true)
  public ResidentView get(ResidentId id) {
    return rows.find(id).orElseThrow(() -> new NotFound("Kontot finns inte."));
  }

  /**
   * Changes the resident's own contact details and how they are notified (receipts, new statuses,
   * messages); a blank field clears it.
   */
  @Transactional
  public ResidentView updateSettings(ResidentId id, ResidentSettings settings) {
    get(id);
    String email = blankToNull(settings.email());
    String phone = blankToNull(settings.phone());
    if (email != null && (email.length() > 254 || !EMAIL.matcher(email).matches())) {
      throw new InvalidInput("email", "Skriv en e-postadress, till exempel namn@exempel.se.");
    }
    if (phone != null && !PHONE.matcher(phone).matches()) {
      throw new InvalidInput(
          "phone", "Skriv ett telefonnummer med siffror, till exempel 070-123 45 67.");
    }
    ResidentNotification notifyBy =
        settings.notifyBy() == null ? ResidentNotification.EMAIL : settings.notifyBy();
    if ((notifyBy == ResidentNotification.EMAIL || notifyBy == ResidentNotification.BOTH)
        && email == null) {
      throw new InvalidInput("email", "Skriv din e-postadress för att få aviseringar med e-post.");
    }
    if ((notifyBy == ResidentNotification.SMS || notifyBy == ResidentNotification.BOTH)
        && phone == null) {
      throw new InvalidInput("phone", "Skriv ditt telefonnummer för att få aviseringar med SMS.");
    }
    rows.updateSettings(id, email, phone, notifyBy);
    // The conversations notify a new message through the addresses they keep: the choice made now
    // holds for them too, as it does for receipts and status changes.
    conversations.updateResidentContact(
        id, notifyBy.byEmail() ? email : null, notifyBy.bySms() ? phone : null);
    return get(id);
  }

  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MICROS);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
