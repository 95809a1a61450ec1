package se.kansli.registry;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import se.kansli.shared.InvalidInput;

/**
 * The register/edit form as the browser sends it: everything as text, so that nothing the user
 * typed is lost to a conversion error; converting it gives Swedish messages per field.
 */
record CaseForm(
    String organisation,
    String classificationCode,
    String title,
    String description,
    String caseOfficerId,
    List<String> partyKind,
    List<String> partyName,
    List<String> partyIdentity,
    List<String> partyRole,
    String secrecyReference,
    List<String> secretFields,
    String publicTitle,
    String version,
    String idempotencyKey) {

  static final int PARTY_ROWS = 3;

  static CaseForm empty(String organisation) {
    return new CaseForm(
        organisation,
        "",
        "",
        "",
        "",
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        "",
        List.of(),
        "",
        null,
        UUID.randomUUID().toString());
  }

  static CaseForm of(CaseView c) {
    List<String> kinds = new ArrayList<>();
    List<String> names = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    List<String> roles = new ArrayList<>();
    for (Party p : c.parties()) {
      kinds.add(p.kind().name());
      names.add(p.name());
      ids.add(p.identityNumber() == null ? "" : p.identityNumber());
      roles.add(p.role());
    }
    return new CaseForm(
        c.organisation(),
        c.classificationCode(),
        c.title(),
        c.description(),
        c.caseOfficerId() == null ? "" : c.caseOfficerId().toString(),
        kinds,
        names,
        ids,
        roles,
        c.secrecyReference() == null ? "" : c.secrecyReference(),
        c.secretFields().stream().map(Enum::name).toList(),
        c.publicTitle() == null ? "" : c.publicTitle(),
        String.valueOf(c.version()),
        null);
  }

  RegisterCase toRegister() {
    return new RegisterCase(
        organisation,
        classificationCode,
        title,
        description,
        officer(),
        parties(),
        secrecyReference,
        fields(),
        publicTitle);
  }

  UpdateCase toUpdate() {
    Integer expected = version == null || version.isBlank() ? null : Integer.valueOf(version);
    return new UpdateCase(
        classificationCode,
        title,
        description,
        officer(),
        parties(),
        secrecyReference,
        fields(),
        publicTitle,
        expected);
  }

  /** Row i of the party inputs, blank when the row is unused. */
  public String party(List<String> column, int i) {
    return column != null && i < column.size() && column.get(i) != null ? column.get(i) : "";
  }

  List<Party> parties() {
    List<Party> parties = new ArrayList<>();
    int rows = partyName == null ? 0 : partyName.size();
    for (int i = 0; i < rows; i++) {
      String name = party(partyName, i);
      String identity = party(partyIdentity, i);
      if (name.isBlank() && identity.isBlank()) {
        continue;
      }
      Party.Kind kind =
          "ORGANISATION".equals(party(partyKind, i)) ? Party.Kind.ORGANISATION : Party.Kind.PERSON;
      try {
        parties.add(new Party(kind, name, identity, party(partyRole, i)));
      } catch (InvalidInput e) {
        throw new InvalidInput("parties", "Part " + (i + 1) + ": " + e.getMessage());
      }
    }
    return parties;
  }

  private UUID officer() {
    if (caseOfficerId == null || caseOfficerId.isBlank()) {
      return null;
    }
    try {
      return UUID.fromString(caseOfficerId.strip());
    } catch (IllegalArgumentException e) {
      throw new InvalidInput("caseOfficerId", "Välj en handläggare i listan.");
    }
  }

  private Set<SecretField> fields() {
    Set<SecretField> set = EnumSet.noneOf(SecretField.class);
    if (secretFields != null) {
      for (String f : secretFields) {
        try {
          set.add(SecretField.valueOf(f));
        } catch (IllegalArgumentException e) {
          throw new InvalidInput("secretFields", "Okänd uppgift: " + f);
        }
      }
    }
    return set;
  }
}
