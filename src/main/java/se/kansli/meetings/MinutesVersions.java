package se.kansli.meetings;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** The minutes_versions table: every circulated draft, kept as it was sent. */
@Repository
class MinutesVersions {

  private final JdbcClient jdbc;
  private final JsonMapper json;

  MinutesVersions(JdbcClient jdbc, JsonMapper json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  /** The next number; the caller holds the meeting's row lock, so no two drafts share one. */
  int next(MeetingId meeting) {
    return jdbc.sql(
            "select coalesce(max(version), 0) + 1 from minutes_versions where meeting_id = ?")
        .param(meeting.value())
        .query(Integer.class)
        .single();
  }

  DraftVersion insert(
      MeetingId meeting,
      int number,
      String circulatedBy,
      String sentTo,
      MinutesSnapshot snapshot,
      byte[] pdf,
      String sha256) {
    // PostgreSQL keeps microseconds; the version returned is the one read back later.
    Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
    jdbc.sql(
            """
            insert into minutes_versions (meeting_id, version, circulated_at, circulated_by,
                                          sent_to, snapshot, pdf_sha256, pdf)
            values (?, ?, ?, ?, ?, ?::jsonb, ?, ?)
            """)
        .params(
            meeting.value(),
            number,
            OffsetDateTime.ofInstant(now, ZoneOffset.UTC),
            circulatedBy,
            sentTo,
            json.writeValueAsString(snapshot),
            sha256,
            pdf)
        .update();
    return new DraftVersion(number, now, circulatedBy, sentTo, sha256);
  }

  List<DraftVersion> of(MeetingId meeting) {
    return jdbc.sql(
            """
            select version, circulated_at, circulated_by, sent_to, pdf_sha256
            from minutes_versions where meeting_id = ? order by version
            """)
        .param(meeting.value())
        .query((rs, i) ->
            new DraftVersion(
                rs.getInt("version"),
                rs.getObject("circulated_at", OffsetDateTime.class).toInstant(),
                rs.getString("circulated_by"),
                rs.getString("sent_to"),
                rs.getString("pdf_sha256")))
        .list();
  }

  /** What the minutes said in the last circulated draft. */
  Optional<MinutesSnapshot> lastSnapshot(MeetingId meeting) {
    return jdbc.sql(
            """
            select snapshot from minutes_versions where meeting_id = ?
            order by version desc limit 1
            """)
        .param(meeting.value())
        .query(String.class)
        .optional()
        .map(snapshot -> json.readValue(snapshot, MinutesSnapshot.class));
  }

  Optional<byte[]> pdf(MeetingId meeting, int number) {
    return jdbc.sql("select pdf from minutes_versions where meeting_id = ? and version = ?")
        .params(meeting.value(), number)
        .query(byte[].class)
        .optional();
  }
}
