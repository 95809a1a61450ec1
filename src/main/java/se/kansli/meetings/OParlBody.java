package se.kansli.meetings;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * An organisation (the joint committee or a municipality) as an OParl Body; its decision-making
 * bodies are its Organizations. Every object list OParl 1.1 gives a Body is here, even those that
 * are empty for Kansli (legislative terms), so that clients need no special cases.
 */
@JsonPropertyOrder({"id", "type"})
record OParlBody(
    String id,
    String system,
    String name,
    String classification,
    String organization,
    String person,
    String meeting,
    String paper,
    List<Object> legislativeTerm,
    String agendaItem,
    String consultation,
    String file,
    String locationList,
    String legislativeTermList,
    String membership,
    String web) {

  @JsonProperty("type")
  String type() {
    return OParlSystem.VERSION + "Body";
  }
}
