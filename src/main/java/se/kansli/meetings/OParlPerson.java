package se.kansli.meetings;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * The holder of a seat, by name only: Kansli keeps members' e-mail addresses to send them notices,
 * and those are never published.
 */
@JsonPropertyOrder({"id", "type"})
record OParlPerson(String id, String body, String name, List<OParlMembership> membership) {

  @JsonProperty("type")
  String type() {
    return OParlSystem.VERSION + "Person";
  }
}
