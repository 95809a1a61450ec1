package se.kansli.portfolio;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.kansli.organisations.Organisation;
import se.kansli.organisations.OrganisationDirectory;
import se.kansli.shared.Actor;
import se.kansli.shared.Conflict;
import se.kansli.shared.Forbidden;
import se.kansli.shared.InvalidInput;
import se.kansli.shared.NotFound;
import se.kansli.shared.OrganisationId;
import se.kansli.shared.Role;

/**
 * The shared services a committee runs and who takes part in each, when. The coordinator (the
 * committee's administrators and secretaries) keeps them; everyone may read them, the public too.
 */
@Service
public class SharedServices {

  static final String NOT_FOUND = "Tjänsten finns inte eller så saknar du behörighet.";
  static final String SERVICE = "SERVICE";

  private final PortfolioTables tables;
  private final InitiativeTables initiatives;
  private final OrganisationDirectory organisations;

  SharedServices(
      PortfolioTables tables, InitiativeTables initiatives, OrganisationDirectory organisations) {
    this.tables = tables;
    this.initiatives = initiatives;
    this.organisations = organisations;
  }

  /** The services of the reader's organisations, by name. */
  @Transactional(readOnly = true)
  public List<ServiceView> list(Actor actor) {
    return views(
        tables.services(actor.organisations().stream().map(OrganisationId::value).toList()));
  }

  /** Every service of every committee: what the public page shows. */
  @Transactional(readOnly = true)
  public List<ServiceView> all() {
    return views(tables.services(null));
  }

  /** A service of the reader's organisations. */
  @Transactional(readOnly = true)
  public ServiceView get(ServiceId id, Actor actor) {
    ServiceView service = get(id);
    if (!actor.belongsTo(OrganisationId.of(service.organisation()))) {
      throw notFound();
    }
    return service;
  }

  private ServiceView get(ServiceId id) {
    return views(List.of(tables.service(id.value()).orElseThrow(SharedServices::notFound)))
        .getFirst();
  }

  @Transactional
  public ServiceView create(NewService service, Actor actor) {
    if (service.organisation() == null || service.organisation().isBlank()) {
      throw new InvalidInput("organisation", "Välj organisationen som driver tjänsten.");
    }
    requireCoordinator(service.organisation(), actor);
    UUID id = UUID.randomUUID();
    check(service, id);
    tables.insert(id, service);
    return get(new ServiceId(id));
  }

  @Transactional
  public ServiceView update(ServiceId id, NewService service, Actor actor) {
    PortfolioTables.StoredService stored = lockKept(id, actor);
    NewService changed =
        new NewService(
            stored.organisation(),
            service.name(),
            service.description(),
            service.owner(),
            service.stage(),
            service.inOperationSince(),
            service.stageNote(),
            service.selfActivated());
    check(changed, id.value());
    tables.update(id.value(), changed);
    return get(id);
  }

  /** A municipality joins the service on the day; it may have left and come back before. */
  @Transactional
  public ServiceView join(
      ServiceId id, String municipality, LocalDate joinedOn, LocalDate leftOn, Actor actor) {
    lockKept(id, actor);
    Organisation member = municipality(municipality);
    Period period =
        ParticipationPeriods.check(joinedOn, leftOn, periodsOf(id.value(), member, null));
    tables.insertParticipation(
        UUID.randomUUID(), id.value(), SERVICE, member.id().value(), period, true);
    return get(id);
  }

  /** The municipality leaves on the day (its last day in the service). */
  @Transactional
  public ServiceView leave(UUID participation, LocalDate leftOn, Actor actor) {
    PortfolioTables.StoredParticipation stored = participation(participation, actor);
    if (leftOn == null) {
      throw new InvalidInput("leftOn", "Ange den sista dagen kommunen deltar.");
    }
    if (stored.leftOn() != null) {
      throw new Conflict(
          "leftOn", stored.municipalityName() + " lämnade redan " + stored.leftOn() + ".");
    }
    Organisation member = municipality(stored.municipality());
    Period period =
        ParticipationPeriods.check(
            stored.joinedOn(), leftOn, periodsOf(stored.subject(), member, participation));
    tables.updateParticipation(participation, period);
    return get(new ServiceId(stored.subject()));
  }

  /** Removes a period entered by mistake (a municipality that leaves is given an end instead). */
  @Transactional
  public ServiceView remove(UUID participation, Actor actor) {
    PortfolioTables.StoredParticipation stored = participation(participation, actor);
    tables.deleteParticipation(participation);
    return get(new ServiceId(stored.subject()));
  }

  /** Whether the subject is one of the portfolio's services or initiatives. */
  @Transactional(readOnly = true)
  public boolean exists(UUID subject) {
    return tables.service(subject).isPresent() || initiatives.initiative(subject).isPresent();
  }

  private List<ParticipationView> periodsOf(UUID subject, Organisation member, UUID except) {
    return tables.participations(List.of(subject)).getOrDefault(subject, List.of()).stream()
        .filter(p -> p.municipality().equals(member.id().value()))
        .filter(p -> !p.id().equals(except))
        .toList();
  }

  private PortfolioTables.StoredParticipation participation(UUID id, Actor actor) {
    PortfolioTables.StoredParticipation stored =
        tables
            .participation(id)
            .orElseThrow(
                () -> new NotFound("Deltagandet finns inte eller så saknar du behörighet."));
    lockKept(new ServiceId(stored.subject()), actor);
    return stored;
  }

  private PortfolioTables.StoredService lockKept(ServiceId id, Actor actor) {
    PortfolioTables.StoredService stored =
        tables.lockService(id.value()).orElseThrow(SharedServices::notFound);
    if (!actor.belongsTo(OrganisationId.of(stored.organisation()))) {
      throw notFound();
    }
    requireCoordinator(stored.organisation(), actor);
    return stored;
  }

  private void check(NewService s, UUID id) {
    requireText(s.name(), "name", "Ge tjänsten ett namn.");
    requireText(s.description(), "description", "Beskriv tjänsten.");
    requireText(s.owner(), "owner", "Ange vem som ansvarar för tjänsten.");
    if (s.stage() == null) {
      throw new InvalidInput("stage", "Välj var tjänsten är i sin livscykel.");
    }
    if (s.stage().running() && s.inOperationSince() == null) {
      throw new InvalidInput("inOperationSince", "Ange sedan när tjänsten är i drift.");
    }
    if (tables.nameTaken(s.organisation(), s.name(), id)) {
      throw new Conflict("name", "Det finns redan en tjänst som heter " + s.name().strip() + ".");
    }
  }

  private Organisation municipality(String id) {
    if (id == null || id.isBlank()) {
      throw new InvalidInput("municipality", "Välj kommun.");
    }
    return organisations
        .find(OrganisationId.of(id))
        .filter(o -> o.kind() == Organisation.Kind.MUNICIPALITY)
        .orElseThrow(() -> new InvalidInput("municipality", "Okänd kommun: " + id + "."));
  }

  /** The committee's administrators and secretaries keep the portfolio. */
  static void requireCoordinator(String organisation, Actor actor) {
    actor.requireMemberOf(OrganisationId.of(organisation));
    if (!actor.has(Role.ADMINISTRATOR) && !actor.has(Role.COMMITTEE_SECRETARY)) {
      throw new Forbidden("Endast nämndens samordnare och administratörer ändrar portföljen.");
    }
  }

  private static void requireText(String value, String field, String message) {
    if (value == null || value.isBlank()) {
      throw new InvalidInput(field, message);
    }
  }

  private List<ServiceView> views(Collection<PortfolioTables.StoredService> stored) {
    Map<UUID, List<ParticipationView>> participations =
        tables.participations(stored.stream().map(PortfolioTables.StoredService::id).toList());
    return stored.stream()
        .map(s ->
            new ServiceView(
                new ServiceId(s.id()),
                s.organisation(),
                s.name(),
                s.description(),
                s.owner(),
                s.stage(),
                s.inOperationSince(),
                s.stageNote(),
                s.selfActivated(),
                participations.getOrDefault(s.id(), List.of())))
        .toList();
  }

  private static NotFound notFound() {
    return new NotFound(NOT_FOUND);
  }
}
