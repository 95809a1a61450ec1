package se.kansli.benchmark;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.SplittableRandom;
import java.util.UUID;
import se.kansli.shared.Sha256;

/**
 * The physical limit beside the application: one client on its own JDBC connection doing exactly
 * the writes of a case registration in one transaction, with nothing else. The case series row is
 * taken and locked (insert on conflict, update returning), the case and its party inserted, the
 * organisation's journal head locked, the hash-chained journal row appended and the head moved.
 */
final class RawRegistration implements Load.Call, AutoCloseable {

  private final Connection c;
  private final String org;
  private final UUID actorId;
  private final String actorName;
  private final UUID officerId;
  private final SplittableRandom r;
  private final PreparedStatement series;
  private final PreparedStatement serial;
  private final PreparedStatement insertCase;
  private final PreparedStatement insertParty;
  private final PreparedStatement head;
  private final PreparedStatement lockHead;
  private final PreparedStatement insertJournal;
  private final PreparedStatement moveHead;

  RawRegistration(
      String jdbcUrl, String org, UUID actorId, String actorName, UUID officerId, long seed)
      throws SQLException {
    this.c = DriverManager.getConnection(jdbcUrl, "postgres", "");
    this.c.setAutoCommit(false);
    this.org = org;
    this.actorId = actorId;
    this.actorName = actorName;
    this.officerId = officerId;
    this.r = new SplittableRandom(seed);
    series =
        c.prepareStatement(
            "insert into case_series (organisation_id, year) values (?, ?) on conflict do nothing");
    serial =
        c.prepareStatement(
            "update case_series set last_serial = last_serial + 1"
                + " where organisation_id = ? and year = ? returning last_serial");
    insertCase =
        c.prepareStatement(
            """
            insert into cases (id, organisation_id, year, serial, classification_code, case_number,
                               title, description, case_officer_id, status, registered_at,
                               registered_by, secrecy_reference, secret_fields, public_title)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, 'OPEN', ?, ?, ?, ?, ?)
            """);
    insertParty =
        c.prepareStatement(
            "insert into case_parties (id, case_id, position, kind, name, identity_number, role)"
                + " values (?, ?, ?, ?, ?, ?, ?)");
    head =
        c.prepareStatement(
            "insert into journal_heads (organisation_id, position, hash) values (?, 0, ?)"
                + " on conflict do nothing");
    lockHead =
        c.prepareStatement(
            "select position, hash from journal_heads where organisation_id = ? for update");
    insertJournal =
        c.prepareStatement(
            """
            insert into journal (organisation_id, position, case_id, document_id, actor_id,
                                 actor_name, occurred_at, action, before_state, after_state,
                                 previous_hash, hash)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """);
    moveHead =
        c.prepareStatement(
            "update journal_heads set position = ?, hash = ? where organisation_id = ?");
  }

  @Override
  public void run() throws SQLException {
    SwedishText.Kind kind = SwedishText.kind(r);
    String title = SwedishText.title(r, kind, org);
    String applicant = SwedishText.person(r);
    String description = SwedishText.description(r, org, applicant);
    Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
    int year = LocalDate.ofInstant(now, BenchData.SWEDEN).getYear();
    try {
      series.setString(1, org);
      series.setInt(2, year);
      series.executeUpdate();
      serial.setString(1, org);
      serial.setInt(2, year);
      int number;
      try (ResultSet rs = serial.executeQuery()) {
        rs.next();
        number = rs.getInt(1);
      }
      UUID id = UUID.randomUUID();
      String caseNumber = year + "/" + number + "-" + kind.code();
      insertCase.setObject(1, id);
      insertCase.setString(2, org);
      insertCase.setInt(3, year);
      insertCase.setInt(4, number);
      insertCase.setString(5, kind.code());
      insertCase.setString(6, caseNumber);
      insertCase.setString(7, title);
      insertCase.setString(8, description);
      insertCase.setObject(9, officerId);
      insertCase.setObject(10, OffsetDateTime.ofInstant(now, BenchData.SWEDEN));
      insertCase.setObject(11, actorId);
      insertCase.setString(12, null);
      insertCase.setArray(13, c.createArrayOf("text", new String[0]));
      insertCase.setString(14, null);
      insertCase.executeUpdate();
      insertParty.setObject(1, UUID.randomUUID());
      insertParty.setObject(2, id);
      insertParty.setInt(3, 0);
      insertParty.setString(4, "PERSON");
      insertParty.setString(5, applicant);
      insertParty.setString(6, null);
      insertParty.setString(7, "Sökande");
      insertParty.executeUpdate();
      String after =
          "{\"caseNumber\":\""
              + caseNumber
              + "\",\"title\":\""
              + title
              + "\",\"description\":\""
              + description
              + "\",\"classificationCode\":\""
              + kind.code()
              + "\",\"caseOfficerId\":\""
              + officerId
              + "\",\"status\":\"OPEN\",\"secretFields\":[],\"parties\":[{\"kind\":\"PERSON\","
              + "\"name\":\""
              + applicant
              + "\",\"role\":\"Sökande\"}]}";
      head.setString(1, org);
      head.setString(2, BenchData.GENESIS);
      head.executeUpdate();
      lockHead.setString(1, org);
      long position;
      String previous;
      try (ResultSet rs = lockHead.executeQuery()) {
        rs.next();
        position = rs.getLong(1) + 1;
        previous = rs.getString(2);
      }
      String hash =
          Sha256.of(
              String.join(
                  "\u001f",
                  previous,
                  org,
                  Long.toString(position),
                  id.toString(),
                  "",
                  actorId.toString(),
                  actorName,
                  now.toString(),
                  "CASE_REGISTERED",
                  "",
                  after));
      insertJournal.setString(1, org);
      insertJournal.setLong(2, position);
      insertJournal.setObject(3, id);
      insertJournal.setNull(4, java.sql.Types.OTHER);
      insertJournal.setObject(5, actorId);
      insertJournal.setString(6, actorName);
      insertJournal.setObject(7, OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
      insertJournal.setString(8, "CASE_REGISTERED");
      insertJournal.setString(9, null);
      insertJournal.setString(10, after);
      insertJournal.setString(11, previous);
      insertJournal.setString(12, hash);
      insertJournal.executeUpdate();
      moveHead.setLong(1, position);
      moveHead.setString(2, hash);
      moveHead.setString(3, org);
      moveHead.executeUpdate();
      c.commit();
    } catch (SQLException | RuntimeException e) {
      c.rollback();
      throw e;
    }
  }

  @Override
  public void close() throws SQLException {
    c.close();
  }
}
