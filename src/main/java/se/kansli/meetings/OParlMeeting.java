package se.kansli.meetings;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * A meeting from its notice on. Participants and the signed minutes appear once the minutes are
 * attested; until then the attendance is a draft.
 */
@JsonPropertyOrder({"id", "type"})
record OParlMeeting(
    String id,
    String name,
    String meetingState,
    boolean cancelled,
    String start,
    String end,
    OParlLocation location,
    List<String> organization,
    List<String> participant,
    OParlFile resultsProtocol,
    List<OParlAgendaItem> agendaItem,
    String created) {

  @JsonProperty("type")
  String type() {
    return OParlSystem.VERSION + "Meeting";
  }
}
