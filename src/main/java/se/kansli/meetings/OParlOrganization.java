package se.kansli.meetings;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/** A decision-making body (nämnd) as an OParl Organization: its seats and its meetings. */
@JsonPropertyOrder({"id", "type"})
record OParlOrganization(
    String id,
    String body,
    String name,
    String shortName,
    String organizationType,
    String classification,
    List<String> membership,
    String meeting,
    String created) {

  @JsonProperty("type")
  String type() {
    return OParlSystem.VERSION + "Organization";
  }
}
