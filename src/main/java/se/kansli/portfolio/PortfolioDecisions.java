package se.kansli.portfolio;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.kansli.meetings.AgendaItemId;
import se.kansli.meetings.AgendaItemView;
import se.kansli.meetings.MeetingId;
import se.kansli.meetings.MeetingPlanner;
import se.kansli.meetings.MeetingView;
import se.kansli.shared.Actor;
import se.kansli.shared.InvalidInput;
import se.kansli.shared.NotFound;
import se.kansli.shared.OrganisationId;

/**
 * The committee's decisions about a service or an initiative: minutes items found through the
 * meetings module's public API and linked from the portfolio, so that the meetings module does not
 * need to know the portfolio (it is the portfolio that depends on meetings, never the reverse).
 */
@Service
public class PortfolioDecisions {

  private final InitiativeTables tables;
  private final PortfolioTables portfolio;
  private final Initiatives initiatives;
  private final MeetingPlanner planner;

  PortfolioDecisions(
      InitiativeTables tables,
      PortfolioTables portfolio,
      Initiatives initiatives,
      MeetingPlanner planner) {
    this.tables = tables;
    this.portfolio = portfolio;
    this.initiatives = initiatives;
    this.planner = planner;
  }

  /** Links a decision to the initiative; linking the same item again changes nothing. */
  @Transactional
  public InitiativeView link(InitiativeId id, DecisionChoice choice, Actor actor) {
    initiatives.lockKept(id, actor);
    tables.link(id.value(), find(choice, actor));
    return initiatives.get(id);
  }

  /** Links a decision to the shared service. */
  @Transactional
  public List<DecisionView> link(ServiceId id, DecisionChoice choice, Actor actor) {
    PortfolioTables.StoredService stored =
        portfolio.lockService(id.value()).orElseThrow(() -> new NotFound(SharedServices.NOT_FOUND));
    if (!actor.belongsTo(OrganisationId.of(stored.organisation()))) {
      throw new NotFound(SharedServices.NOT_FOUND);
    }
    SharedServices.requireCoordinator(stored.organisation(), actor);
    tables.link(id.value(), find(choice, actor));
    return decisions(id.value());
  }

  /**
   * Points a minutes item at the initiative or service it concerns, from the item's page: the same
   * link as from the portfolio's side.
   */
  @Transactional
  void linkItem(
      PortfolioSubjects.Subject subject, MeetingId meeting, AgendaItemId item, Actor actor) {
    if (subject.initiative()) {
      initiatives.lockKept(new InitiativeId(subject.id()), actor);
    } else {
      PortfolioTables.StoredService stored =
          portfolio
              .lockService(subject.id())
              .orElseThrow(() -> new NotFound(SharedServices.NOT_FOUND));
      SharedServices.requireCoordinator(stored.organisation(), actor);
    }
    MeetingView m = planner.get(meeting, actor);
    AgendaItemView i = m.item(item).orElseThrow(() -> new NotFound("Okänt ärende."));
    tables.link(subject.id(), link(m, i));
  }

  @Transactional(readOnly = true)
  public List<DecisionView> decisions(UUID subject) {
    return tables.decisions(List.of(subject)).getOrDefault(subject, List.of());
  }

  private DecisionView find(DecisionChoice choice, Actor actor) {
    if (choice == null) {
      throw new InvalidInput("caseNumber", "Ange ärendets diarienummer eller sammanträde och §.");
    }
    if (choice.meetingId() != null && !choice.meetingId().isBlank()) {
      if (choice.paragraph() == null) {
        throw new InvalidInput("paragraph", "Ange paragrafen (§) i protokollet.");
      }
      MeetingId meetingId;
      try {
        meetingId = MeetingId.of(choice.meetingId().strip());
      } catch (RuntimeException e) {
        throw new InvalidInput("meetingId", "Sammanträdet finns inte.");
      }
      MeetingView meeting = planner.get(meetingId, actor);
      return meeting.items().stream()
          .filter(i -> choice.paragraph().equals(i.paragraph()))
          .findFirst()
          .map(i -> link(meeting, i))
          .orElseThrow(() ->
              new InvalidInput(
                  "paragraph", "Sammanträdet har ingen § " + choice.paragraph() + "."));
    }
    String number = choice.caseNumber() == null ? "" : choice.caseNumber().strip();
    if (number.isEmpty()) {
      throw new InvalidInput(
          "caseNumber", "Ange ärendets diarienummer eller välj sammanträde och paragraf.");
    }
    int year;
    try {
      year = Integer.parseInt(number.substring(0, number.indexOf('/')));
    } catch (RuntimeException e) {
      throw new InvalidInput("caseNumber", "Diarienumret ska se ut som 2022/12.");
    }
    // A case is decided the year it was registered or, late in the year, the next one.
    for (int y = year; y <= year + 1; y++) {
      for (MeetingView meeting : planner.year(y, actor)) {
        Optional<AgendaItemView> item =
            meeting.items().stream()
                .filter(i -> i.paragraph() != null && sameCase(i.caseNumber(), number))
                .findFirst();
        if (item.isPresent()) {
          return link(meeting, item.get());
        }
      }
    }
    throw new InvalidInput(
        "caseNumber", "Inget protokollfört beslut i ärende " + number + " hittades.");
  }

  /** "2022/12" matches the item's "2022/12-2.2.0.1": the classification suffix is optional. */
  static boolean sameCase(String itemNumber, String wanted) {
    if (itemNumber == null) {
      return false;
    }
    return itemNumber.equalsIgnoreCase(wanted) || itemNumber.startsWith(wanted + "-");
  }

  private static DecisionView link(MeetingView meeting, AgendaItemView item) {
    // An item of a planned meeting has no § yet: it is named by its title until it has.
    String which = item.paragraph() != null ? "§ " + item.paragraph() : "– " + item.title();
    return new DecisionView(
        meeting.id().value(),
        item.id().value(),
        meeting.body().name() + " " + meeting.date() + " " + which);
  }
}
