package se.kansli.meetings;

import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.kansli.organisations.Organisation;
import se.kansli.organisations.OrganisationDirectory;
import se.kansli.shared.NotFound;
import se.kansli.shared.OrganisationId;

/**
 * OParl's System, Bodies, Organizations, Persons and Memberships: the committee and the
 * municipalities, their decision-making bodies and the people who hold seats in them.
 */
@Service
class OParlDirectory {

  private final OParlQueries queries;
  private final OrganisationDirectory organisations;
  private final OParlLinks links;

  OParlDirectory(OParlQueries queries, OrganisationDirectory organisations, OParlLinks links) {
    this.queries = queries;
    this.organisations = organisations;
    this.links = links;
  }

  OParlSystem system() {
    return new OParlSystem(
        links.system(), OParlSystem.VERSION, "Kansli", links.bodies(), links.publicRegistry());
  }

  OParlList<OParlBody> bodies(OParlPaging paging) {
    return paging.slice(organisations.all().stream().map(this::body).toList(), links.bodies());
  }

  OParlBody body(String organisation) {
    return body(organisation(organisation));
  }

  /**
   * The organisation behind a Body URL. A malformed id is a Body that does not exist, answered like
   * any other (404), not an input error.
   */
  Organisation organisation(String id) {
    if (id == null || !id.matches("[a-z0-9][a-z0-9-]{1,40}")) {
      throw bodyNotFound();
    }
    return organisations.find(OrganisationId.of(id)).orElseThrow(OParlDirectory::bodyNotFound);
  }

  @Transactional(readOnly = true)
  OParlList<OParlOrganization> organizations(String organisation, OParlPaging paging) {
    String org = organisation(organisation).id().value();
    return paging.slice(
        queries.bodies(org).stream().map(this::organization).toList(),
        links.bodyList(org, "organizations"));
  }

  @Transactional(readOnly = true)
  OParlOrganization organization(UUID id) {
    return queries
        .body(id)
        .map(this::organization)
        .orElseThrow(() -> new NotFound("Nämnden finns inte."));
  }

  @Transactional(readOnly = true)
  OParlList<OParlPerson> people(String organisation, OParlPaging paging) {
    String org = organisation(organisation).id().value();
    List<OParlPerson> people =
        queries.seats(org, paging.limit(), paging.offset()).stream().map(this::person).toList();
    return paging.list(people, queries.seatCount(org), links.bodyList(org, "people"));
  }

  @Transactional(readOnly = true)
  OParlList<OParlMembership> memberships(String organisation, OParlPaging paging) {
    String org = organisation(organisation).id().value();
    List<OParlMembership> memberships =
        queries.seats(org, paging.limit(), paging.offset()).stream()
            .map(s -> membership(s, true))
            .toList();
    return paging.list(memberships, queries.seatCount(org), links.bodyList(org, "memberships"));
  }

  /** Kansli keeps terms of office per seat, not as legislative terms: the list is empty. */
  OParlList<Object> legislativeTerms(String organisation, OParlPaging paging) {
    String org = organisation(organisation).id().value();
    return paging.slice(List.of(), links.bodyList(org, "legislativeTerms"));
  }

  @Transactional(readOnly = true)
  OParlPerson person(UUID seat) {
    return queries.seat(seat).map(this::person).orElseThrow(OParlDirectory::personNotFound);
  }

  @Transactional(readOnly = true)
  OParlMembership membership(UUID seat) {
    return queries
        .seat(seat)
        .map(s -> membership(s, true))
        .orElseThrow(OParlDirectory::personNotFound);
  }

  private OParlBody body(Organisation organisation) {
    String org = organisation.id().value();
    return new OParlBody(
        links.body(org),
        links.system(),
        organisation.name(),
        organisation.kind() == Organisation.Kind.COMMITTEE ? "Gemensam nämnd" : "Kommun",
        links.bodyList(org, "organizations"),
        links.bodyList(org, "people"),
        links.bodyList(org, "meetings"),
        links.bodyList(org, "papers"),
        List.of(),
        links.bodyList(org, "agendaItems"),
        links.bodyList(org, "consultations"),
        links.bodyList(org, "files"),
        links.bodyList(org, "locations"),
        links.bodyList(org, "legislativeTerms"),
        links.bodyList(org, "memberships"),
        links.publicRegistry() + "/" + org);
  }

  private OParlOrganization organization(OParlQueries.BodyRow body) {
    return new OParlOrganization(
        links.organization(body.id()),
        links.body(body.organisation()),
        body.name(),
        body.shortName().equals(body.name()) ? null : body.shortName(),
        "Gremium",
        "Nämnd",
        queries.seatsOf(body.id()).stream().map(links::membership).toList(),
        links.organizationMeetings(body.id()),
        StockholmTime.dateTime(body.created()));
  }

  /** One seat is one person: Kansli does not know that two seats are held by the same person. */
  private OParlPerson person(OParlQueries.SeatRow seat) {
    return new OParlPerson(
        links.person(seat.id()),
        links.body(seat.organisation()),
        seat.personName(),
        List.of(membership(seat, false)));
  }

  private OParlMembership membership(OParlQueries.SeatRow seat, boolean standalone) {
    return new OParlMembership(
        links.membership(seat.id()),
        standalone ? links.person(seat.id()) : null,
        links.organization(seat.body()),
        role(seat),
        seat.kind() == SeatKind.MEMBER,
        seat.termFrom().toString(),
        seat.termTo().toString());
  }

  private static String role(OParlQueries.SeatRow seat) {
    if (seat.office() == Office.CHAIR) {
      return "Ordförande";
    }
    if (seat.office() == Office.VICE_CHAIR) {
      return "Vice ordförande";
    }
    return seat.kind() == SeatKind.MEMBER ? "Ledamot" : "Ersättare";
  }

  private static NotFound bodyNotFound() {
    return new NotFound("Organisationen finns inte.");
  }

  private static NotFound personNotFound() {
    return new NotFound("Personen finns inte.");
  }
}
