package se.kansli.meetings;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Event: the chair and the attesters have signed the minutes; the sealed PDF is stored with the
 * meeting. The notice board posts them, follow-up counts the meeting as held.
 */
public record MinutesAttested(
    MeetingId meeting,
    BodyId body,
    String organisation,
    String bodyName,
    LocalDate meetingDate,
    Instant attestedAt,
    String sealedSha256) {}
