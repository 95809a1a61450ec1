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
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import se.kansli.shared.Sha256;

/**
 * The physical limit beside the submission: one client on its own JDBC connection doing the writes
 * of "Skicka in" in one transaction, with nothing else. The draft is inserted (the application made
 * it in earlier requests) and locked, the earlier submission looked for, the case registered as
 * {@link RawRegistration} does (series, case, party, idempotency key, journal), the answers' PDF
 * and JSON filed as two documents with their files and search text, each journaled, and the
 * submission, its first status and the draft's submitted time written.
 */
final class RawSubmission implements Load.Call, AutoCloseable {

  private static final String ACTOR_NAME = "E-tjänsteplattformen";
  private static final UUID ACTOR = UUID.nameUUIDFromBytes("kansli:e-tjanst".getBytes());

  private final Connection c;
  private final String org;
  private final UUID resident;
  private final String residentName;
  private final List<UUID[]> services;
  private final byte[] pdf;
  private final String pdfText;
  private final SplittableRandom r;
  private final PreparedStatement insertDraft;
  private final PreparedStatement lockDraft;
  private final PreparedStatement earlier;
  private final PreparedStatement series;
  private final PreparedStatement serial;
  private final PreparedStatement insertCase;
  private final PreparedStatement insertParty;
  private final PreparedStatement registrationKey;
  private final PreparedStatement lockHead;
  private final PreparedStatement insertJournal;
  private final PreparedStatement moveHead;
  private final PreparedStatement insertDocument;
  private final PreparedStatement insertVersion;
  private final PreparedStatement searchText;
  private final PreparedStatement insertSubmission;
  private final PreparedStatement insertStatus;
  private final PreparedStatement markSubmitted;
  private long position;
  private String previous;

  /**
   * @param services the municipality's e-services as {e-service id, published version id}
   * @param pdf an answers PDF the application made, with its extracted text
   */
  RawSubmission(
      String jdbcUrl,
      String org,
      UUID resident,
      String residentName,
      List<UUID[]> services,
      byte[] pdf,
      String pdfText,
      long seed)
      throws SQLException {
    this.c = DriverManager.getConnection(jdbcUrl, "postgres", "");
    this.c.setAutoCommit(false);
    this.org = org;
    this.resident = resident;
    this.residentName = residentName;
    this.services = services;
    this.pdf = pdf;
    this.pdfText = pdfText;
    this.r = new SplittableRandom(seed);
    insertDraft =
        c.prepareStatement(
            """
            insert into e_service_drafts (id, e_service_id, version_id, organisation_id,
                resident_id, answers, page, created_at, updated_at)
            values (?, ?, ?, ?, ?, ?::jsonb, 2, ?, ?)
            """);
    lockDraft = c.prepareStatement("select * from e_service_drafts where id = ? for update");
    earlier = c.prepareStatement("select id from e_service_submissions where draft_id = ?");
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
            values (?, ?, ?, ?, '3.1.1', ?, ?, ?, null, 'OPEN', ?, ?, null, '{}', null)
            """);
    insertParty =
        c.prepareStatement(
            "insert into case_parties (id, case_id, position, kind, name, identity_number, role)"
                + " values (?, ?, 0, 'PERSON', ?, ?, 'Sökande')");
    registrationKey =
        c.prepareStatement(
            "insert into registration_keys (actor_id, idempotency_key, case_id) values (?, ?, ?)");
    lockHead =
        c.prepareStatement(
            "select position, hash from journal_heads where organisation_id = ? for update");
    insertJournal =
        c.prepareStatement(
            """
            insert into journal (organisation_id, position, case_id, document_id, actor_id,
                                 actor_name, occurred_at, action, before_state, after_state,
                                 previous_hash, hash)
            values (?, ?, ?, ?, ?, ?, ?, ?, null, ?, ?, ?)
            """);
    moveHead =
        c.prepareStatement(
            "update journal_heads set position = ?, hash = ? where organisation_id = ?");
    insertDocument =
        c.prepareStatement(
            """
            insert into documents (id, case_id, organisation_id, serial, direction, document_date,
                                   counterpart, description, status, public_access,
                                   secrecy_reference, registered_at, registered_by)
            values (?, ?, ?, ?, 'INCOMING', ?, ?, ?, 'FINAL', false, null, ?, ?)
            """);
    insertVersion =
        c.prepareStatement(
            """
            insert into document_versions (document_id, version, file_name, content_type,
                                           size_bytes, sha256, content, uploaded_at, uploaded_by)
            values (?, 1, ?, ?, ?, ?, ?, now(), ?)
            """);
    searchText = c.prepareStatement("update documents set file_text = ? where id = ?");
    insertSubmission =
        c.prepareStatement(
            """
            insert into e_service_submissions (id, draft_id, e_service_id, version_id,
                organisation_id, resident_id, case_id, case_number, officer_group, status,
                due_on, submitted_at, answers)
            values (?, ?, ?, ?, ?, ?, ?, ?, 'Handläggare', 'Inkommen', ?, ?, ?::jsonb)
            """);
    insertStatus =
        c.prepareStatement(
            """
            insert into e_service_status_changes (id, submission_id, from_status, to_status,
                                                  changed_at, changed_by, comment)
            values (?, ?, null, 'Inkommen', ?, 'E-tjänsteplattformen', 'Inskickad')
            """);
    markSubmitted =
        c.prepareStatement(
            "update e_service_drafts set submitted_at = ?, updated_at = ? where id = ?");
  }

  @Override
  public void run() throws SQLException {
    UUID[] service = services.get(r.nextInt(services.size()));
    String description = SwedishText.description(r, org, residentName);
    String answers =
        "{\"namn\":[\"" + residentName + "\"],\"beskrivning\":[\"" + description + "\"]}";
    Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
    OffsetDateTime at = now.atOffset(ZoneOffset.UTC);
    int year = LocalDate.ofInstant(now, BenchData.SWEDEN).getYear();
    UUID draft = UUID.randomUUID();
    try {
      insertDraft.setObject(1, draft);
      insertDraft.setObject(2, service[0]);
      insertDraft.setObject(3, service[1]);
      insertDraft.setString(4, org);
      insertDraft.setObject(5, resident);
      insertDraft.setString(6, answers);
      insertDraft.setObject(7, at);
      insertDraft.setObject(8, at);
      insertDraft.executeUpdate();
      lockDraft.setObject(1, draft);
      lockDraft.executeQuery().close();
      earlier.setObject(1, draft);
      earlier.executeQuery().close();
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
      UUID caseId = UUID.randomUUID();
      String caseNumber = year + "/" + number + "-3.1.1";
      String title = "E-tjänst " + service[0].toString().substring(0, 8);
      insertCase.setObject(1, caseId);
      insertCase.setString(2, org);
      insertCase.setInt(3, year);
      insertCase.setInt(4, number);
      insertCase.setString(5, caseNumber);
      insertCase.setString(6, title);
      insertCase.setString(7, "Inkommen via e-tjänsten " + title + ".");
      insertCase.setObject(8, at);
      insertCase.setObject(9, ACTOR);
      insertCase.executeUpdate();
      insertParty.setObject(1, UUID.randomUUID());
      insertParty.setObject(2, caseId);
      insertParty.setString(3, residentName);
      insertParty.setString(4, "19121212-1212");
      insertParty.executeUpdate();
      registrationKey.setObject(1, ACTOR);
      registrationKey.setString(2, "e-service-draft:" + draft);
      registrationKey.setObject(3, caseId);
      registrationKey.executeUpdate();
      lockHead.setString(1, org);
      try (ResultSet rs = lockHead.executeQuery()) {
        rs.next();
        position = rs.getLong(1);
        previous = rs.getString(2);
      }
      journal(
          caseId,
          null,
          now,
          "CASE_REGISTERED",
          "{\"caseNumber\":\"" + caseNumber + "\",\"title\":\"" + title + "\"}");
      document(caseId, 1, "ansokan.pdf", "application/pdf", pdf, pdfText, now);
      byte[] json = answers.getBytes(java.nio.charset.StandardCharsets.UTF_8);
      document(caseId, 2, "ansokan.json", "application/json", json, answers, now);
      moveHead.setLong(1, position);
      moveHead.setString(2, previous);
      moveHead.setString(3, org);
      moveHead.executeUpdate();
      UUID submission = UUID.randomUUID();
      insertSubmission.setObject(1, submission);
      insertSubmission.setObject(2, draft);
      insertSubmission.setObject(3, service[0]);
      insertSubmission.setObject(4, service[1]);
      insertSubmission.setString(5, org);
      insertSubmission.setObject(6, resident);
      insertSubmission.setObject(7, caseId);
      insertSubmission.setString(8, caseNumber);
      insertSubmission.setObject(9, LocalDate.ofInstant(now, BenchData.SWEDEN).plusDays(14));
      insertSubmission.setObject(10, at);
      insertSubmission.setString(11, answers);
      insertSubmission.executeUpdate();
      insertStatus.setObject(1, UUID.randomUUID());
      insertStatus.setObject(2, submission);
      insertStatus.setObject(3, at);
      insertStatus.executeUpdate();
      markSubmitted.setObject(1, at);
      markSubmitted.setObject(2, at);
      markSubmitted.setObject(3, draft);
      markSubmitted.executeUpdate();
      c.commit();
    } catch (SQLException | RuntimeException e) {
      c.rollback();
      throw e;
    }
  }

  private void document(
      UUID caseId,
      int serialNumber,
      String fileName,
      String contentType,
      byte[] bytes,
      String text,
      Instant now)
      throws SQLException {
    UUID id = UUID.randomUUID();
    insertDocument.setObject(1, id);
    insertDocument.setObject(2, caseId);
    insertDocument.setString(3, org);
    insertDocument.setInt(4, serialNumber);
    insertDocument.setObject(5, LocalDate.ofInstant(now, BenchData.SWEDEN));
    insertDocument.setString(6, residentName);
    insertDocument.setString(7, fileName);
    insertDocument.setObject(8, now.atOffset(ZoneOffset.UTC));
    insertDocument.setObject(9, ACTOR);
    insertDocument.executeUpdate();
    insertVersion.setObject(1, id);
    insertVersion.setString(2, fileName);
    insertVersion.setString(3, contentType);
    insertVersion.setLong(4, bytes.length);
    insertVersion.setString(5, Sha256.of(bytes));
    insertVersion.setBytes(6, bytes);
    insertVersion.setObject(7, ACTOR);
    insertVersion.executeUpdate();
    searchText.setString(1, text);
    searchText.setObject(2, id);
    searchText.executeUpdate();
    journal(
        caseId,
        id,
        now,
        "DOCUMENT_REGISTERED",
        "{\"serial\":" + serialNumber + ",\"fileName\":\"" + fileName + "\"}");
  }

  /** A hash-chained journal row after the locked head; the head moves at the end. */
  private void journal(UUID caseId, UUID documentId, Instant at, String action, String after)
      throws SQLException {
    position++;
    String hash =
        Sha256.of(
            String.join(
                "\u001f",
                previous,
                org,
                Long.toString(position),
                caseId.toString(),
                documentId == null ? "" : documentId.toString(),
                ACTOR.toString(),
                ACTOR_NAME,
                at.toString(),
                action,
                "",
                after));
    insertJournal.setString(1, org);
    insertJournal.setLong(2, position);
    insertJournal.setObject(3, caseId);
    insertJournal.setObject(4, documentId);
    insertJournal.setObject(5, ACTOR);
    insertJournal.setString(6, ACTOR_NAME);
    insertJournal.setObject(7, at.atOffset(ZoneOffset.UTC));
    insertJournal.setString(8, action);
    insertJournal.setString(9, after);
    insertJournal.setString(10, previous);
    insertJournal.setString(11, hash);
    insertJournal.executeUpdate();
    previous = hash;
  }

  @Override
  public void close() throws SQLException {
    c.close();
  }
}
