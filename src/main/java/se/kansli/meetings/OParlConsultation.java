package se.kansli.meetings;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * A case dealt with at a meeting: the link between a Paper and an AgendaItem. The body decides the
 * case itself, so the consultation is authoritative. {@code paper} is left out inside the paper.
 */
@JsonPropertyOrder({"id", "type"})
record OParlConsultation(
    String id,
    String paper,
    String agendaItem,
    String meeting,
    List<String> organization,
    boolean authoritative,
    String role) {

  @JsonProperty("type")
  String type() {
    return OParlSystem.VERSION + "Consultation";
  }
}
