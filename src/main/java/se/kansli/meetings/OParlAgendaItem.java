package se.kansli.meetings;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * An item of a meeting's agenda. {@code number} is the § once the item is numbered; a confidential
 * item shows only its public title and never its decision. {@code meeting} is left out when the
 * item is shown inside its meeting.
 */
@JsonPropertyOrder({"id", "type"})
record OParlAgendaItem(
    String id,
    String meeting,
    String number,
    int order,
    String name,
    @JsonProperty("public") boolean isPublic,
    String consultation,
    String resolutionText) {

  @JsonProperty("type")
  String type() {
    return OParlSystem.VERSION + "AgendaItem";
  }
}
