package se.kansli.meetings;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** Where a meeting is held, as the secretary wrote it in the plan. */
@JsonPropertyOrder({"id", "type"})
record OParlLocation(String id, String description) {

  @JsonProperty("type")
  String type() {
    return OParlSystem.VERSION + "Location";
  }
}
