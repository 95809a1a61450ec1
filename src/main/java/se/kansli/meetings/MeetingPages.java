package se.kansli.meetings;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import se.kansli.organisations.Organisation;
import se.kansli.organisations.OrganisationDirectory;
import se.kansli.registry.CaseId;
import se.kansli.registry.DocumentRegistry;
import se.kansli.registry.DocumentView;
import se.kansli.shared.Actor;
import se.kansli.shared.Actors;

/** Puts together what the meeting and item pages show. */
@Component
class MeetingPages {

  private final OrganisationDirectory organisations;
  private final DocumentRegistry documents;
  private final MinutesDrafts drafts;
  private final List<ItemSubjects> subjects;

  MeetingPages(
      OrganisationDirectory organisations,
      DocumentRegistry documents,
      MinutesDrafts drafts,
      List<ItemSubjects> subjects) {
    this.organisations = organisations;
    this.documents = documents;
    this.drafts = drafts;
    this.subjects = subjects;
  }

  String meeting(
      Model model,
      MeetingView meeting,
      boolean secretary,
      Map<String, String> form,
      Map<String, String> errors) {
    model.addAttribute("meeting", meeting);
    model.addAttribute("secretary", secretary);
    model.addAttribute("editable", secretary && meeting.status().minutesEditable());
    model.addAttribute("seats", meeting.body().seatedOn(meeting.date()));
    model.addAttribute("members", meeting.body().membersOn(meeting.date()));
    model.addAttribute("serving", servingSeats(meeting));
    model.addAttribute("attendance", attendanceBySeat(meeting));
    model.addAttribute("problems", MinutesCheck.problems(meeting));
    // Drafts are the secretary's working record; others see only the minutes.
    model.addAttribute(
        "drafts",
        secretary ? drafts.versions(meeting.id(), Actors.required()) : List.<DraftVersion>of());
    model.addAttribute(
        "changes",
        secretary ? drafts.changes(meeting.id(), Actors.required()) : List.<MinutesChange>of());
    model.addAttribute("form", new HashMap<>(form));
    model.addAttribute("errors", errors);
    return "meetings/meeting";
  }

  String item(
      Model model,
      MeetingView meeting,
      AgendaItemView item,
      ItemMinutes minutes,
      Map<String, String> errors) {
    Actor actor = Actors.required();
    model.addAttribute("meeting", meeting);
    model.addAttribute("item", item);
    model.addAttribute("minutes", minutes);
    model.addAttribute("serving", servingSeats(meeting));
    model.addAttribute("seats", meeting.body().seatedOn(meeting.date()));
    model.addAttribute("quorate", MinutesCheck.quorate(meeting, item));
    model.addAttribute(
        "caseDocuments",
        item.caseId() == null
            ? List.<DocumentView>of()
            : documents.ofCase(new CaseId(item.caseId()), actor));
    model.addAttribute(
        "chosenDocuments",
        minutes.decisionBasis().stream()
            .map(ItemMinutes.BasisDocument::documentId)
            .filter(java.util.Objects::nonNull)
            .toList());
    model.addAttribute("basisText", ItemForm.basisText(minutes.decisionBasis()));
    model.addAttribute("recipientsText", ItemForm.recipientsText(minutes.recipients()));
    model.addAttribute("ballots", ballots(minutes));
    model.addAttribute("dissents", dissents(minutes));
    model.addAttribute(
        "subjects",
        subjects.stream().flatMap(s -> s.of(meeting.id(), item.id()).stream()).toList());
    model.addAttribute(
        "subjectChoices",
        subjects.stream().flatMap(s -> s.choices(meeting.body().organisation()).stream()).toList());
    model.addAttribute("errors", errors);
    return "meetings/item";
  }

  List<Organisation> organisationsOf(Actor actor) {
    return organisations.all().stream().filter(o -> actor.belongsTo(o.id())).toList();
  }

  List<Organisation> allOrganisations() {
    return organisations.all();
  }

  private static List<SeatView> servingSeats(MeetingView meeting) {
    return meeting.body().seatedOn(meeting.date()).stream()
        .filter(s -> meeting.serving().contains(s.id()))
        .toList();
  }

  private static Map<String, AttendanceView> attendanceBySeat(MeetingView meeting) {
    Map<String, AttendanceView> bySeat = new HashMap<>();
    meeting.attendance().forEach(a -> bySeat.put(a.seat().toString(), a));
    return bySeat;
  }

  private static Map<String, String> ballots(ItemMinutes minutes) {
    Map<String, String> ballots = new HashMap<>();
    if (minutes.vote() != null) {
      minutes.vote().ballots().forEach(b -> ballots.put(b.member().toString(), b.choice().name()));
    }
    return ballots;
  }

  private static Map<String, String> dissents(ItemMinutes minutes) {
    Map<String, String> dissents = new HashMap<>();
    minutes
        .dissents()
        .forEach(d -> dissents.put(d.member().toString(), d.reason() == null ? "" : d.reason()));
    return dissents;
  }
}
