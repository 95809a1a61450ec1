package se.kansli.meetings;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** The OParl entry point: which version is served and where the bodies are listed. */
@JsonPropertyOrder({"id", "type"})
record OParlSystem(String id, String oparlVersion, String name, String body, String website) {

  static final String VERSION = "https://schema.oparl.org/1.1/";

  @JsonProperty("type")
  String type() {
    return VERSION + "System";
  }
}
