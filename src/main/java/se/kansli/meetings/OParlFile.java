package se.kansli.meetings;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * The signed and sealed minutes of a meeting. OParl 1.1 has a SHA-512 checksum (SHA-1 is deprecated
 * and there is no SHA-256 field), so the SHA-512 is computed from the stored PDF.
 */
@JsonPropertyOrder({"id", "type"})
record OParlFile(
    String id,
    String name,
    String fileName,
    String mimeType,
    String date,
    long size,
    String sha512Checksum,
    String accessUrl,
    String downloadUrl,
    List<String> meeting,
    String created,
    String modified) {

  @JsonProperty("type")
  String type() {
    return OParlSystem.VERSION + "File";
  }
}
