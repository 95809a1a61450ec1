package se.kansli.messaging;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.kansli.shared.OrganisationId;
import se.kansli.shared.ResidentId;

/**
 * The conversations, their messages and attachments. Every read names who reads: the resident, or
 * the organisations of an officer.
 */
@Repository
class ConversationRows {

  record StoredConversation(
      ConversationId id,
      OrganisationId organisation,
      UUID caseId,
      String caseNumber,
      String subject,
      ResidentId resident,
      String residentName,
      String residentEmail,
      String residentPhone,
      Instant openedAt,
      Instant lastMessageAt) {}

  record NewMessage(
      UUID id,
      ConversationId conversation,
      Author author,
      UUID authorUserId,
      String authorName,
      String text,
      boolean internalNote,
      Instant postedAt) {}

  record CheckedFile(String fileName, String mediaType, byte[] bytes, String sha256) {}

  record UnreadSummary(StoredConversation conversation, int unread) {}

  private static final String COLUMNS =
      """
      c.id, c.organisation_id, c.case_id, c.case_number, c.subject, c.resident_id, c.resident_name,
      c.resident_email, c.resident_phone, c.opened_at, c.last_message_at
      """;

  private final JdbcClient jdbc;

  ConversationRows(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Opens the case's conversation, or refreshes the resident's contact details on the one already
   * open. Empty when the case's conversation is another resident's.
   */
  Optional<ConversationId> openOrRefresh(
      ConversationId id,
      OrganisationId organisation,
      UUID caseId,
      String caseNumber,
      String subject,
      Resident resident,
      String openedBy,
      Instant now) {
    return jdbc.sql(
            """
            insert into conversations (id, organisation_id, case_id, case_number, subject,
                resident_id, resident_name, resident_email, resident_phone, opened_at, opened_by)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            on conflict (organisation_id, case_id) do update
                set resident_name = excluded.resident_name,
                    resident_email = excluded.resident_email,
                    resident_phone = excluded.resident_phone
                where conversations.resident_id = excluded.resident_id
            returning id
            """)
        .params(
            id.value(),
            organisation.value(),
            caseId,
            caseNumber,
            subject,
            resident.id().value(),
            resident.name(),
            resident.email(),
            resident.phone(),
            utc(now),
            openedBy)
        .query((rs, i) -> new ConversationId(rs.getObject("id", UUID.class)))
        .optional();
  }

  void updateResidentContact(ResidentId resident, String email, String phone) {
    jdbc.sql(
            "update conversations set resident_email = ?, resident_phone = ? where resident_id = ?")
        .params(email, phone, resident.value())
        .update();
  }

  Optional<StoredConversation> find(ConversationId id) {
    return jdbc.sql("select " + COLUMNS + " from conversations c where c.id = ?")
        .param(id.value())
        .query(ConversationRows::conversation)
        .optional();
  }

  /** The resident's conversation, locked for a command when {@code lock}. */
  Optional<StoredConversation> findForResident(
      ConversationId id, ResidentId resident, boolean lock) {
    return jdbc.sql(
            "select "
                + COLUMNS
                + " from conversations c where c.id = ? and c.resident_id = ?"
                + (lock ? " for update" : ""))
        .params(id.value(), resident.value())
        .query(ConversationRows::conversation)
        .optional();
  }

  Optional<StoredConversation> findForOrganisations(
      ConversationId id, String[] organisations, boolean lock) {
    return jdbc.sql(
            "select "
                + COLUMNS
                + " from conversations c where c.id = ? and c.organisation_id = any(?)"
                + (lock ? " for update" : ""))
        .params(id.value(), organisations)
        .query(ConversationRows::conversation)
        .optional();
  }

  List<UnreadSummary> forResident(ResidentId resident) {
    return jdbc.sql(
            "select * from (select "
                + COLUMNS
                + """
                , (select count(*) from conversation_messages m
                   where m.conversation_id = c.id and m.author_kind = 'OFFICER'
                     and not m.internal_note and m.read_by_resident_at is null) as unread
                from conversations c where c.resident_id = ?) c
                order by c.unread > 0 desc, coalesce(c.last_message_at, c.opened_at) desc
                """)
        .param(resident.value())
        .query((rs, i) -> new UnreadSummary(conversation(rs, i), rs.getInt("unread")))
        .list();
  }

  List<UnreadSummary> forOrganisations(String[] organisations, boolean unreadOnly) {
    return jdbc.sql(
            "select * from (select "
                + COLUMNS
                + """
                , (select count(*) from conversation_messages m
                   where m.conversation_id = c.id and m.author_kind = 'RESIDENT'
                     and m.read_by_staff_at is null) as unread
                from conversations c where c.organisation_id = any(?)) c
                where not ? or c.unread > 0
                order by c.unread > 0 desc, coalesce(c.last_message_at, c.opened_at) desc
                limit 500
                """)
        .params(organisations, unreadOnly)
        .query((rs, i) -> new UnreadSummary(conversation(rs, i), rs.getInt("unread")))
        .list();
  }

  int messageCount(ConversationId id) {
    return jdbc.sql("select count(*) from conversation_messages where conversation_id = ?")
        .param(id.value())
        .query(Integer.class)
        .single();
  }

  void insertMessage(NewMessage m, List<CheckedFile> files) {
    jdbc.sql(
            """
            insert into conversation_messages (id, conversation_id, author_kind, author_user_id,
                author_name, text, internal_note, posted_at)
            values (?, ?, ?, ?, ?, ?, ?, ?)
            """)
        .params(
            m.id(),
            m.conversation().value(),
            m.author().name(),
            m.authorUserId(),
            m.authorName(),
            m.text(),
            m.internalNote(),
            utc(m.postedAt()))
        .update();
    for (int i = 0; i < files.size(); i++) {
      CheckedFile f = files.get(i);
      jdbc.sql(
              """
              insert into conversation_attachments (id, message_id, position, file_name,
                  media_type, size_bytes, sha256, content)
              values (?, ?, ?, ?, ?, ?, ?, ?)
              """)
          .params(
              UUID.randomUUID(),
              m.id(),
              i,
              f.fileName(),
              f.mediaType(),
              f.bytes().length,
              f.sha256(),
              f.bytes())
          .update();
    }
    jdbc.sql("update conversations set last_message_at = ? where id = ?")
        .params(utc(m.postedAt()), m.conversation().value())
        .update();
  }

  /** The officers' messages (never notes) that the resident had not read are read now. */
  void markReadByResident(ConversationId id, Instant now) {
    jdbc.sql(
            """
            update conversation_messages set read_by_resident_at = ?
            where conversation_id = ? and author_kind = 'OFFICER' and not internal_note
              and read_by_resident_at is null
            """)
        .params(utc(now), id.value())
        .update();
  }

  void markReadByStaff(ConversationId id, Instant now) {
    jdbc.sql(
            """
            update conversation_messages set read_by_staff_at = ?
            where conversation_id = ? and author_kind = 'RESIDENT' and read_by_staff_at is null
            """)
        .params(utc(now), id.value())
        .update();
  }

  /** The thread, oldest first; without internal notes unless {@code withNotes}. */
  List<MessageView> messages(ConversationId id, boolean withNotes) {
    Map<UUID, List<AttachmentView>> attachments = new LinkedHashMap<>();
    jdbc.sql(
            """
            select a.id, a.message_id, a.file_name, a.media_type, a.size_bytes, a.sha256
            from conversation_attachments a join conversation_messages m on m.id = a.message_id
            where m.conversation_id = ? and (? or not m.internal_note)
            order by a.message_id, a.position
            """)
        .params(id.value(), withNotes)
        .query((ResultSet rs) -> {
          attachments
              .computeIfAbsent(rs.getObject("message_id", UUID.class), k -> new ArrayList<>())
              .add(
                  new AttachmentView(
                      rs.getObject("id", UUID.class),
                      rs.getString("file_name"),
                      rs.getString("media_type"),
                      rs.getLong("size_bytes"),
                      rs.getString("sha256")));
        });
    return jdbc.sql(
            """
            select id, author_kind, author_name, text, internal_note, posted_at,
                   read_by_resident_at, read_by_staff_at
            from conversation_messages
            where conversation_id = ? and (? or not internal_note)
            order by posted_at, id
            """)
        .params(id.value(), withNotes)
        .query((rs, i) -> {
          UUID messageId = rs.getObject("id", UUID.class);
          return new MessageView(
              messageId,
              Author.valueOf(rs.getString("author_kind")),
              rs.getString("author_name"),
              rs.getString("text"),
              rs.getBoolean("internal_note"),
              instant(rs, "posted_at"),
              instant(rs, "read_by_resident_at"),
              instant(rs, "read_by_staff_at"),
              List.copyOf(attachments.getOrDefault(messageId, List.of())));
        })
        .list();
  }

  /** An attachment of the conversation; a note's attachment only {@code withNotes}. */
  Optional<AttachmentFile> attachment(ConversationId id, UUID attachmentId, boolean withNotes) {
    return jdbc.sql(
            """
            select a.file_name, a.media_type, a.content, a.sha256
            from conversation_attachments a join conversation_messages m on m.id = a.message_id
            where a.id = ? and m.conversation_id = ? and (? or not m.internal_note)
            """)
        .params(attachmentId, id.value(), withNotes)
        .query((rs, i) ->
            new AttachmentFile(
                rs.getString("file_name"),
                rs.getString("media_type"),
                rs.getBytes("content"),
                rs.getString("sha256")))
        .optional();
  }

  private static StoredConversation conversation(ResultSet rs, int i) throws SQLException {
    return new StoredConversation(
        new ConversationId(rs.getObject("id", UUID.class)),
        OrganisationId.of(rs.getString("organisation_id")),
        rs.getObject("case_id", UUID.class),
        rs.getString("case_number"),
        rs.getString("subject"),
        new ResidentId(rs.getObject("resident_id", UUID.class)),
        rs.getString("resident_name"),
        rs.getString("resident_email"),
        rs.getString("resident_phone"),
        instant(rs, "opened_at"),
        instant(rs, "last_message_at"));
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    Timestamp t = rs.getTimestamp(column);
    return t == null ? null : t.toInstant();
  }

  private static OffsetDateTime utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }
}
