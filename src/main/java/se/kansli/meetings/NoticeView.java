package se.kansli.meetings;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A notice as the public sees it: that the body's minutes of the meeting are attested, where they
 * are kept, the day the notice was posted and the last day to appeal (Kommunallagen 8 kap. 12 §, 13
 * kap. 5 §).
 *
 * @param minutesPdf where the signed minutes can be downloaded while the notice is up, else null
 * @param verification the public page that shows who signed the minutes and that they are unchanged
 */
public record NoticeView(
    MeetingId meeting,
    String organisation,
    String organisationName,
    String bodyName,
    LocalDate meetingDate,
    LocalDate attestedOn,
    LocalDate postedOn,
    LocalDate appealEndsOn,
    LocalDate takeDownOn,
    String keptAt,
    String sealedSha256,
    Instant takenDownAt,
    String minutesPdf,
    String verification) {}
