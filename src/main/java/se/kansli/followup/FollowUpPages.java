package se.kansli.followup;

import java.util.List;
import org.springframework.stereotype.Component;
import se.kansli.organisations.Organisation;
import se.kansli.organisations.OrganisationDirectory;
import se.kansli.shared.Actor;

/** What the follow-up pages' forms choose from, and how a refused command names its field. */
@Component
class FollowUpPages {

  private final OrganisationDirectory organisations;

  FollowUpPages(OrganisationDirectory organisations) {
    this.organisations = organisations;
  }

  /** The organisations the actor works for: where new audits, items and points may belong. */
  List<Organisation> own(Actor actor) {
    return organisations.all().stream().filter(o -> actor.belongsTo(o.id())).toList();
  }

  List<Organisation> municipalities() {
    return organisations.all().stream()
        .filter(o -> o.kind() == Organisation.Kind.MUNICIPALITY)
        .toList();
  }
}
