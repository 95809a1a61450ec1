package se.kansli.meetings;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * The registry case behind agenda items, as the public registry shows it: the case number as
 * reference and the title with secrecy applied. {@code web} is the case in the public registry.
 */
@JsonPropertyOrder({"id", "type"})
record OParlPaper(
    String id,
    String body,
    String name,
    String reference,
    String date,
    String paperType,
    List<OParlConsultation> consultation,
    String web) {

  @JsonProperty("type")
  String type() {
    return OParlSystem.VERSION + "Paper";
  }
}
