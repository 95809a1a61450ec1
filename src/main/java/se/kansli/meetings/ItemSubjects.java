package se.kansli.meetings;

import java.util.List;
import java.util.UUID;
import se.kansli.shared.Actor;

/**
 * What a minutes item concerns, when another module keeps it: the portfolio's initiatives and
 * shared services. The item's page shows what the item points to and lets the secretary point it;
 * the other module implements this, so that meetings need not depend on it.
 */
public interface ItemSubjects {

  /** Something an item may concern, with the page that shows it. */
  record Subject(UUID id, String label, String path) {}

  /** What the item points to. */
  List<Subject> of(MeetingId meeting, AgendaItemId item);

  /** What the organisation's items may point to, by name. */
  List<Subject> choices(String organisation);

  /**
   * Points the item at the subject, if the subject is this implementation's.
   *
   * @return whether it was
   */
  boolean point(MeetingId meeting, AgendaItemId item, UUID subject, Actor actor);
}
