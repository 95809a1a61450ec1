package se.kansli.meetings;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A seat in a body for a term of office. {@code person} is left out when the membership is shown
 * inside its person, as OParl does for embedded objects.
 */
@JsonPropertyOrder({"id", "type"})
record OParlMembership(
    String id,
    String person,
    String organization,
    String role,
    boolean votingRight,
    String startDate,
    String endDate) {

  @JsonProperty("type")
  String type() {
    return OParlSystem.VERSION + "Membership";
  }
}
