package se.kansli.meetings;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.kansli.organisations.Organisation;
import se.kansli.organisations.OrganisationDirectory;
import se.kansli.shared.Actor;
import se.kansli.shared.Conflict;
import se.kansli.shared.InvalidInput;
import se.kansli.shared.NotFound;
import se.kansli.shared.OrganisationId;
import se.kansli.shared.Role;

/** The bodies (nämnder) of each organisation, their members, substitutes and officers. */
@Service
public class BodyDirectory {

  private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

  private final Bodies bodies;
  private final OrganisationDirectory organisations;

  BodyDirectory(Bodies bodies, OrganisationDirectory organisations) {
    this.bodies = bodies;
    this.organisations = organisations;
  }

  @Transactional
  public BodyView create(NewBody command, Actor actor) {
    requireSecretary(actor);
    OrganisationId org = organisation(command.organisation(), actor);
    String name = Text.required(command.name(), "name", "Ange nämndens namn.");
    String shortName =
        Text.blankToNull(command.shortName()) == null ? name : command.shortName().strip();
    if (bodies.nameTaken(org.value(), name)) {
      throw new Conflict("name", "Det finns redan en nämnd med namnet " + name + ".");
    }
    String email = optionalEmail(command.secretaryEmail(), "secretaryEmail");
    BodyId id = BodyId.random();
    bodies.insert(
        new Bodies.StoredBody(
            id, org.value(), name, shortName, Text.blankToNull(command.secretaryName()), email));
    return get(id, actor);
  }

  @Transactional
  public BodyView addSeat(BodyId id, NewSeat seat, Actor actor) {
    requireSecretary(actor);
    get(id, actor);
    Text.required(seat.personName(), "personName", "Ange personens namn.");
    if (seat.kind() == null) {
      throw new InvalidInput("kind", "Ange om personen är ledamot eller ersättare.");
    }
    if (seat.office() != null && seat.kind() != SeatKind.MEMBER) {
      throw new InvalidInput("office", "Ordförande och vice ordförande väljs bland ledamöterna.");
    }
    if (seat.termFrom() == null
        || seat.termTo() == null
        || seat.termTo().isBefore(seat.termFrom())) {
      throw new InvalidInput("termTo", "Ange mandatperiodens första och sista dag.");
    }
    if (seat.represents() != null
        && !seat.represents().isBlank()
        && !organisations.exists(seat.represents())) {
      throw new InvalidInput("represents", "Okänd kommun: " + seat.represents());
    }
    NewSeat clean =
        new NewSeat(
            seat.personName(),
            optionalEmail(seat.email(), "email"),
            seat.kind(),
            seat.office(),
            Text.blankToNull(seat.represents()),
            Text.blankToNull(seat.party()),
            seat.termFrom(),
            seat.termTo(),
            identityNumber(seat.personalIdentityNumber()));
    bodies.insertSeat(id, SeatId.random(), clean);
    return get(id, actor);
  }

  /** Ends a seat's term the given day (a member who leaves); the seat stays in old minutes. */
  @Transactional
  public BodyView endSeat(BodyId id, SeatId seat, LocalDate lastDay, Actor actor) {
    requireSecretary(actor);
    BodyView body = get(id, actor);
    body.seat(seat).orElseThrow(() -> new NotFound("Platsen finns inte i nämnden."));
    bodies.endSeat(seat, lastDay == null ? LocalDate.now() : lastDay);
    return get(id, actor);
  }

  @Transactional(readOnly = true)
  public BodyView get(BodyId id, Actor actor) {
    return bodies
        .find(id, organisations(actor))
        .map(this::view)
        .orElseThrow(() -> new NotFound("Nämnden finns inte eller så saknar du behörighet."));
  }

  @Transactional(readOnly = true)
  public List<BodyView> list(Actor actor) {
    return bodies.of(organisations(actor)).stream().map(this::view).toList();
  }

  /** Every body of every organisation, for public pages (names and members are public). */
  @Transactional(readOnly = true)
  public List<BodyView> publicList() {
    return bodies.all().stream().map(this::view).toList();
  }

  BodyView view(Bodies.StoredBody body) {
    List<SeatView> seats =
        bodies.seats(body.id()).stream()
            .map(s ->
                new SeatView(
                    s.id(),
                    s.personName(),
                    s.email(),
                    s.kind(),
                    s.office(),
                    s.represents(),
                    s.represents() == null ? null : organisationName(s.represents()),
                    s.party(),
                    s.termFrom(),
                    s.termTo()))
            .toList();
    return new BodyView(
        body.id(),
        body.organisation(),
        organisationName(body.organisation()),
        body.name(),
        body.shortName(),
        body.secretaryName(),
        body.secretaryEmail(),
        seats);
  }

  private String organisationName(String id) {
    return organisations.find(OrganisationId.of(id)).map(Organisation::name).orElse(id);
  }

  static void requireSecretary(Actor actor) {
    if (!actor.has(Role.COMMITTEE_SECRETARY) && !actor.has(Role.ADMINISTRATOR)) {
      throw new se.kansli.shared.Forbidden(
          "Endast nämndsekreterare och administratörer får ändra nämnder och sammanträden.");
    }
  }

  static String[] organisations(Actor actor) {
    return actor.organisations().stream().map(OrganisationId::value).toArray(String[]::new);
  }

  private OrganisationId organisation(String value, Actor actor) {
    if (value == null || value.isBlank()) {
      if (actor.organisations().size() == 1) {
        return actor.organisations().iterator().next();
      }
      throw new InvalidInput("organisation", "Välj organisation.");
    }
    OrganisationId org = OrganisationId.of(value);
    actor.requireMemberOf(org);
    return org;
  }

  private static String identityNumber(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return se.kansli.shared.PersonalIdentityNumber.parse(value).value();
    } catch (InvalidInput e) {
      throw new InvalidInput("personalIdentityNumber", e.getMessage());
    }
  }

  private static String optionalEmail(String value, String field) {
    String email = Text.blankToNull(value);
    if (email != null && !EMAIL.matcher(email).matches()) {
      throw new InvalidInput(field, "Ogiltig e-postadress: " + email);
    }
    return email;
  }
}
