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
import se.kansli.shared.InvalidInput;
import se.kansli.shared.NotFound;
import se.kansli.shared.OrganisationId;

/**
 * The initiatives a committee coordinates (needs analyses, prestudies, projects, procurements):
 * their phase, steering group and lead, who takes part and co-finances when, the directive's
 * revisions and the milestones. The coordinator keeps them; everyone may read them.
 */
@Service
public class Initiatives {

  static final String NOT_FOUND = "Initiativet finns inte eller så saknar du behörighet.";
  static final String INITIATIVE = "INITIATIVE";

  private final InitiativeTables tables;
  private final PortfolioTables portfolio;
  private final OrganisationDirectory organisations;

  Initiatives(
      InitiativeTables tables, PortfolioTables portfolio, OrganisationDirectory organisations) {
    this.tables = tables;
    this.portfolio = portfolio;
    this.organisations = organisations;
  }

  /** The initiatives of the reader's organisations, by name. */
  @Transactional(readOnly = true)
  public List<InitiativeView> list(Actor actor) {
    return views(
        tables.initiatives(actor.organisations().stream().map(OrganisationId::value).toList()));
  }

  /** Every committee's initiatives: what the public page reads. */
  @Transactional(readOnly = true)
  public List<InitiativeView> all() {
    return views(tables.initiatives(null));
  }

  @Transactional(readOnly = true)
  public InitiativeView get(InitiativeId id, Actor actor) {
    InitiativeView initiative = get(id);
    if (!actor.belongsTo(OrganisationId.of(initiative.organisation()))) {
      throw notFound();
    }
    return initiative;
  }

  InitiativeView get(InitiativeId id) {
    return views(List.of(tables.initiative(id.value()).orElseThrow(Initiatives::notFound)))
        .getFirst();
  }

  @Transactional
  public InitiativeView create(NewInitiative initiative, Actor actor) {
    if (initiative.organisation() == null || initiative.organisation().isBlank()) {
      throw new InvalidInput("organisation", "Välj organisationen som samordnar initiativet.");
    }
    SharedServices.requireCoordinator(initiative.organisation(), actor);
    UUID id = UUID.randomUUID();
    check(initiative, id);
    tables.insert(id, initiative);
    return get(new InitiativeId(id));
  }

  @Transactional
  public InitiativeView update(InitiativeId id, NewInitiative initiative, Actor actor) {
    InitiativeTables.StoredInitiative stored = lockKept(id, actor);
    NewInitiative changed =
        new NewInitiative(
            stored.organisation(),
            initiative.kind(),
            initiative.phase(),
            initiative.name(),
            initiative.description(),
            initiative.steeringGroup(),
            initiative.projectLead());
    check(changed, id.value());
    tables.update(id.value(), changed);
    return get(id);
  }

  /**
   * A municipality takes part from the day, co-financing or not; the same rules as for a service's
   * participation (no leaving before joining, no overlapping periods).
   */
  @Transactional
  public InitiativeView join(
      InitiativeId id,
      String municipality,
      LocalDate joinedOn,
      LocalDate leftOn,
      boolean coFinancing,
      Actor actor) {
    lockKept(id, actor);
    Organisation member = municipality(municipality);
    Period period =
        ParticipationPeriods.check(joinedOn, leftOn, periodsOf(id.value(), member, null));
    portfolio.insertParticipation(
        UUID.randomUUID(), id.value(), INITIATIVE, member.id().value(), period, coFinancing);
    return get(id);
  }

  /** The municipality's last day in the initiative. */
  @Transactional
  public InitiativeView leave(UUID participation, LocalDate leftOn, Actor actor) {
    PortfolioTables.StoredParticipation stored = participation(participation, actor);
    if (leftOn == null) {
      throw new InvalidInput("leftOn", "Ange den sista dagen kommunen deltar.");
    }
    if (stored.leftOn() != null) {
      throw new Conflict(
          "leftOn", stored.municipalityName() + " lämnade redan " + stored.leftOn() + ".");
    }
    Period period =
        ParticipationPeriods.check(
            stored.joinedOn(),
            leftOn,
            periodsOf(stored.subject(), municipality(stored.municipality()), participation));
    portfolio.updateParticipation(participation, period);
    return get(new InitiativeId(stored.subject()));
  }

  /** Removes a period entered by mistake. */
  @Transactional
  public InitiativeView removeParticipation(UUID participation, Actor actor) {
    PortfolioTables.StoredParticipation stored = participation(participation, actor);
    portfolio.deleteParticipation(participation);
    return get(new InitiativeId(stored.subject()));
  }

  /** A new revision of the directive; the earlier ones are kept as they were decided. */
  @Transactional
  public InitiativeView revise(InitiativeId id, DirectiveRevision revision, Actor actor) {
    lockKept(id, actor);
    DirectiveRevision checked =
        Directives.check(
            revision, tables.revisions(List.of(id.value())).getOrDefault(id.value(), List.of()));
    tables.insertRevision(id.value(), checked);
    return get(id);
  }

  @Transactional
  public InitiativeView addMilestone(
      InitiativeId id, String title, LocalDate dueOn, LocalDate doneOn, Actor actor) {
    lockKept(id, actor);
    if (title == null || title.isBlank()) {
      throw new InvalidInput("title", "Ange milstolpen.");
    }
    if (dueOn == null) {
      throw new InvalidInput("dueOn", "Ange när milstolpen ska vara nådd.");
    }
    tables.insertMilestone(UUID.randomUUID(), id.value(), title.strip(), dueOn, doneOn);
    return get(id);
  }

  @Transactional
  public InitiativeView milestoneDone(
      InitiativeId id, UUID milestone, LocalDate doneOn, Actor actor) {
    lockKept(id, actor);
    if (doneOn == null) {
      throw new InvalidInput("doneOn-" + milestone, "Ange den dag milstolpen nåddes.");
    }
    if (!tables.milestoneDone(id.value(), milestone, doneOn)) {
      throw new NotFound("Milstolpen finns inte.");
    }
    return get(id);
  }

  InitiativeTables.StoredInitiative lockKept(InitiativeId id, Actor actor) {
    InitiativeTables.StoredInitiative stored =
        tables.lock(id.value()).orElseThrow(Initiatives::notFound);
    if (!actor.belongsTo(OrganisationId.of(stored.organisation()))) {
      throw notFound();
    }
    SharedServices.requireCoordinator(stored.organisation(), actor);
    return stored;
  }

  private PortfolioTables.StoredParticipation participation(UUID id, Actor actor) {
    PortfolioTables.StoredParticipation stored =
        portfolio
            .participation(id)
            .filter(p -> INITIATIVE.equals(p.kind()))
            .orElseThrow(
                () -> new NotFound("Deltagandet finns inte eller så saknar du behörighet."));
    lockKept(new InitiativeId(stored.subject()), actor);
    return stored;
  }

  private List<ParticipationView> periodsOf(UUID subject, Organisation member, UUID except) {
    return portfolio.participations(List.of(subject)).getOrDefault(subject, List.of()).stream()
        .filter(p -> p.municipality().equals(member.id().value()))
        .filter(p -> !p.id().equals(except))
        .toList();
  }

  private void check(NewInitiative i, UUID id) {
    requireText(i.name(), "name", "Ge initiativet ett namn.");
    requireText(i.description(), "description", "Beskriv initiativet.");
    if (i.kind() == null) {
      throw new InvalidInput("kind", "Välj vilken sorts initiativ det är.");
    }
    if (i.phase() == null) {
      throw new InvalidInput("phase", "Välj initiativets fas.");
    }
    if (tables.nameTaken(i.organisation(), i.name(), id)) {
      throw new Conflict(
          "name", "Det finns redan ett initiativ som heter " + i.name().strip() + ".");
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

  private static void requireText(String value, String field, String message) {
    if (value == null || value.isBlank()) {
      throw new InvalidInput(field, message);
    }
  }

  private List<InitiativeView> views(Collection<InitiativeTables.StoredInitiative> stored) {
    List<UUID> ids = stored.stream().map(InitiativeTables.StoredInitiative::id).toList();
    Map<UUID, List<ParticipationView>> participations = portfolio.participations(ids);
    Map<UUID, List<DirectiveRevision>> revisions = tables.revisions(ids);
    Map<UUID, List<MilestoneView>> milestones = tables.milestones(ids);
    Map<UUID, List<StatusReportView>> statuses = tables.statuses(ids);
    Map<UUID, List<DecisionView>> decisions = tables.decisions(ids);
    return stored.stream()
        .map(i ->
            new InitiativeView(
                new InitiativeId(i.id()),
                i.organisation(),
                i.kind(),
                i.phase(),
                i.name(),
                i.description(),
                i.steeringGroup() == null
                    ? List.of()
                    : i.steeringGroup()
                        .lines()
                        .map(String::strip)
                        .filter(l -> !l.isEmpty())
                        .toList(),
                i.projectLead(),
                participations.getOrDefault(i.id(), List.of()),
                revisions.getOrDefault(i.id(), List.of()),
                milestones.getOrDefault(i.id(), List.of()),
                statuses.getOrDefault(i.id(), List.of()),
                decisions.getOrDefault(i.id(), List.of())))
        .toList();
  }

  private static NotFound notFound() {
    return new NotFound(NOT_FOUND);
  }
}
