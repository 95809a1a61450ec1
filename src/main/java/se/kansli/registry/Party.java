package se.kansli.registry;

import se.kansli.shared.InvalidInput;
import se.kansli.shared.OrganisationNumber;
import se.kansli.shared.PersonalIdentityNumber;

/**
 * A party to a case: a person, identified by a Luhn-checked personal identity number, or an
 * organisation with its organisation number. The number is optional (an anonymous sender has none)
 * but when given it must be valid.
 */
public record Party(Kind kind, String name, String identityNumber, String role) {

  public enum Kind {
    PERSON,
    ORGANISATION
  }

  public Party {
    if (kind == null) {
      throw new InvalidInput("kind", "Ange om parten är en person eller en organisation.");
    }
    if (name == null || name.isBlank()) {
      throw new InvalidInput("name", "Ange partens namn.");
    }
    name = name.strip();
    role = role == null ? "" : role.strip();
    if (identityNumber != null && !identityNumber.isBlank()) {
      identityNumber =
          kind == Kind.PERSON
              ? PersonalIdentityNumber.parse(identityNumber).value()
              : OrganisationNumber.parse(identityNumber).value();
    } else {
      identityNumber = null;
    }
  }
}
