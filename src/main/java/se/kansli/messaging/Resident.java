package se.kansli.messaging;

import se.kansli.shared.InvalidInput;
import se.kansli.shared.ResidentId;

/**
 * The resident a conversation is with, as the caller knows them now: the name shown to officers and
 * where to tell them that a message waits. E-mail and phone may each be missing.
 */
public record Resident(ResidentId id, String name, String email, String phone) {

  public Resident {
    if (id == null) {
      throw new InvalidInput("resident", "Den sökande saknas.");
    }
    if (name == null || name.isBlank()) {
      throw new InvalidInput("residentName", "Ange den sökandes namn.");
    }
    name = name.strip();
    email = email == null || email.isBlank() ? null : email.strip();
    phone = phone == null || phone.isBlank() ? null : phone.strip();
    if (email != null && !email.matches("[^@\\s]+@[^@\\s]+")) {
      throw new InvalidInput("residentEmail", "Ogiltig e-postadress: " + email);
    }
    if (phone != null && !phone.matches("\\+?[0-9 ()-]{6,20}")) {
      throw new InvalidInput("residentPhone", "Ogiltigt telefonnummer: " + phone);
    }
  }
}
