package se.kansli.meetings;

import java.time.Instant;
import java.util.UUID;

/** A § attested immediately, or a correction of attested minutes, and how its signing goes. */
public record SupplementView(
    UUID id,
    MeetingId meeting,
    AgendaItemId item,
    Kind kind,
    String correction,
    Status status,
    UUID signingOrder,
    Instant createdAt,
    String createdBy,
    Instant attestedAt,
    String sealedSha256) {

  public enum Kind {
    IMMEDIATE,
    CORRECTION
  }

  public enum Status {
    IN_ATTESTATION,
    ATTESTED,
    DECLINED
  }
}
