package se.kansli.messaging;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.kansli.organisations.Organisation;
import se.kansli.organisations.OrganisationDirectory;
import se.kansli.shared.Actor;
import se.kansli.shared.Conflict;
import se.kansli.shared.Forbidden;
import se.kansli.shared.InvalidInput;
import se.kansli.shared.NotFound;
import se.kansli.shared.OrganisationId;
import se.kansli.shared.ResidentId;
import se.kansli.shared.Role;

/**
 * Secure messages between a resident and a municipality's officers about one case. The resident is
 * identified by the caller (the e-services capability, after an eID login); an officer only ever
 * reaches the conversations of their own organisations, and another organisation's conversation is
 * answered as if it did not exist.
 */
@Service
public class Conversations {

  static final int MAX_TEXT = 10_000;

  /** The roles that handle cases and so answer residents; auditors and members do not. */
  private static final Set<Role> HANDLING =
      EnumSet.of(Role.CASE_OFFICER, Role.REGISTRAR, Role.ADMINISTRATOR);

  private static final String NOT_FOUND = "Meddelandetråden finns inte.";

  private final ConversationRows rows;
  private final AttachmentInspection inspection;
  private final OrganisationDirectory organisations;
  private final ApplicationEventPublisher events;
  private final ResidentNotices notices;
  private final Clock clock;

  Conversations(
      ConversationRows rows,
      AttachmentInspection inspection,
      OrganisationDirectory organisations,
      ApplicationEventPublisher events,
      ResidentNotices notices) {
    this.rows = rows;
    this.inspection = inspection;
    this.organisations = organisations;
    this.events = events;
    this.notices = notices;
    this.clock = Clock.systemUTC();
  }

  /**
   * Opens the conversation of a case on an officer's behalf; opening it again returns the same
   * conversation with the resident's contact details brought up to date.
   */
  @Transactional
  public ConversationView open(
      OrganisationId organisation,
      UUID caseId,
      String caseNumber,
      String subject,
      Resident resident,
      Actor officer) {
    requireHandling(officer);
    officer.requireMemberOf(organisation);
    return open(organisation, caseId, caseNumber, subject, resident, officer.username());
  }

  /**
   * Opens the conversation of a case for a resident, without a signed-in officer: for the
   * e-services capability when a resident's own application has become a case.
   */
  @Transactional
  public ConversationView openForResident(
      OrganisationId organisation,
      UUID caseId,
      String caseNumber,
      String subject,
      Resident resident) {
    return open(organisation, caseId, caseNumber, subject, resident, "system");
  }

  private ConversationView open(
      OrganisationId organisation,
      UUID caseId,
      String caseNumber,
      String subject,
      Resident resident,
      String openedBy) {
    if (organisation == null) {
      throw new InvalidInput("organisation", "Ange organisation.");
    }
    organisations.get(organisation);
    if (caseId == null) {
      throw new InvalidInput("caseId", "Ange ärende.");
    }
    if (caseNumber == null || caseNumber.isBlank()) {
      throw new InvalidInput("caseNumber", "Ange diarienummer.");
    }
    if (subject == null || subject.isBlank()) {
      throw new InvalidInput("subject", "Ange ämne.");
    }
    if (resident == null) {
      throw new InvalidInput("resident", "Den sökande saknas.");
    }
    ConversationId id =
        rows.openOrRefresh(
                ConversationId.random(),
                organisation,
                caseId,
                caseNumber.strip(),
                subject.strip(),
                resident,
                openedBy,
                clock.instant())
            .orElseThrow(() ->
                new Conflict(
                    "resident", "Ärendet har redan en meddelandetråd med en annan sökande."));
    return view(rows.find(id).orElseThrow());
  }

  /** The resident writes in their own conversation; someone else's is answered as missing. */
  @Transactional
  public MessageView postByResident(
      ConversationId id, ResidentId resident, String text, List<Attachment> files) {
    var conversation =
        rows.findForResident(id, resident, true).orElseThrow(() -> new NotFound(NOT_FOUND));
    String checkedText = text(text);
    var checked = inspection.check(files);
    UUID messageId = UUID.randomUUID();
    // Once received, the resident's message is an official document of the case (TF 2 kap. 9 §);
    // the table keeps it unchangeable.
    rows.insertMessage(
        new ConversationRows.NewMessage(
            messageId,
            id,
            Author.RESIDENT,
            null,
            conversation.residentName(),
            checkedText,
            false,
            clock.instant()),
        checked);
    events.publishEvent(
        new MessagePosted(
            id,
            conversation.organisation(),
            conversation.caseId(),
            messageId,
            Author.RESIDENT,
            false));
    events.publishEvent(
        new ResidentMessagePosted(id, conversation.organisation(), conversation.caseId()));
    return message(id, messageId, true);
  }

  /**
   * An officer answers, or writes an internal note that the resident never sees and is never told
   * about.
   */
  @Transactional
  public MessageView postByOfficer(
      ConversationId id, Actor officer, String text, List<Attachment> files, boolean internalNote) {
    var conversation = forStaff(id, officer, true);
    String checkedText = text(text);
    var checked = inspection.check(files);
    UUID messageId = UUID.randomUUID();
    rows.insertMessage(
        new ConversationRows.NewMessage(
            messageId,
            id,
            Author.OFFICER,
            officer.userId(),
            officer.displayName(),
            checkedText,
            internalNote,
            clock.instant()),
        checked);
    events.publishEvent(
        new MessagePosted(
            id,
            conversation.organisation(),
            conversation.caseId(),
            messageId,
            Author.OFFICER,
            internalNote));
    if (!internalNote) {
      // Queued with the message: told exactly when the message is committed. The notice says only
      // that a message waits, never what it says (see ResidentNotice).
      notices.send(
          new ResidentNotice(
              conversation.organisation(),
              NoticeKind.MESSAGE_WAITING,
              conversation.caseNumber(),
              conversation.residentEmail(),
              conversation.residentPhone(),
              MessagingProperties.conversationPath(id)));
    }
    return message(id, messageId, true);
  }

  /**
   * The resident changed how they want to be notified: the addresses of all their conversations
   * follow, so that the next message is notified the way they chose now.
   *
   * @param email null when not to be notified by e-mail
   * @param phone null when not to be notified by SMS
   */
  @Transactional
  public void updateResidentContact(ResidentId resident, String email, String phone) {
    if (resident == null) {
      throw new InvalidInput("resident", "Den sökande saknas.");
    }
    Resident checked = new Resident(resident, "-", email, phone);
    rows.updateResidentContact(resident, checked.email(), checked.phone());
  }

  /** The resident's conversations, those with unread answers first. */
  @Transactional(readOnly = true)
  public List<ConversationSummary> forResident(ResidentId resident) {
    if (resident == null) {
      throw new InvalidInput("resident", "Den sökande saknas.");
    }
    var names = organisationNames();
    return rows.forResident(resident).stream().map(s -> summary(s, names)).toList();
  }

  /**
   * The thread as the resident sees it, without internal notes; the officers' messages count as
   * read by the resident from now on.
   */
  @Transactional
  public ThreadView residentView(ConversationId id, ResidentId resident) {
    var conversation =
        rows.findForResident(id, resident, true).orElseThrow(() -> new NotFound(NOT_FOUND));
    rows.markReadByResident(id, clock.instant());
    return new ThreadView(view(conversation), rows.messages(id, false));
  }

  /** The whole thread for an officer, notes and read receipts included. */
  @Transactional
  public ThreadView staffView(ConversationId id, Actor officer) {
    var conversation = forStaff(id, officer, true);
    rows.markReadByStaff(id, clock.instant());
    return new ThreadView(view(conversation), rows.messages(id, true));
  }

  /** The conversations of the officer's organisations, unread first; only unread on request. */
  @Transactional(readOnly = true)
  public List<ConversationSummary> forOrganisation(Actor officer, boolean unreadOnly) {
    requireHandling(officer);
    var names = organisationNames();
    return rows.forOrganisations(organisationsOf(officer), unreadOnly).stream()
        .map(s -> summary(s, names))
        .toList();
  }

  /** An attachment the resident may see: not one of an internal note. */
  @Transactional(readOnly = true)
  public AttachmentFile attachment(ConversationId id, UUID attachmentId, ResidentId resident) {
    rows.findForResident(id, resident, false).orElseThrow(() -> new NotFound(NOT_FOUND));
    return rows.attachment(id, attachmentId, false)
        .orElseThrow(() -> new NotFound("Bilagan finns inte."));
  }

  @Transactional(readOnly = true)
  public AttachmentFile staffAttachment(ConversationId id, UUID attachmentId, Actor officer) {
    forStaff(id, officer, false);
    return rows.attachment(id, attachmentId, true)
        .orElseThrow(() -> new NotFound("Bilagan finns inte."));
  }

  /** The number of messages in a conversation as staff see it, notes included. */
  @Transactional(readOnly = true)
  public int messageCount(ConversationId id, Actor officer) {
    forStaff(id, officer, false);
    return rows.messageCount(id);
  }

  private ConversationRows.StoredConversation forStaff(
      ConversationId id, Actor officer, boolean lock) {
    if (officer == null) {
      throw new Forbidden("Du måste logga in.");
    }
    var conversation =
        rows.findForOrganisations(id, organisationsOf(officer), lock)
            .orElseThrow(() -> new NotFound(NOT_FOUND));
    requireHandling(officer);
    return conversation;
  }

  private static void requireHandling(Actor officer) {
    if (officer == null) {
      throw new Forbidden("Du måste logga in.");
    }
    if (officer.roles().stream().noneMatch(HANDLING::contains)) {
      throw new Forbidden(
          "Din roll handlägger inte ärenden och kan inte läsa eller skriva meddelanden.");
    }
  }

  private static String[] organisationsOf(Actor officer) {
    return officer.organisations().stream().map(OrganisationId::value).toArray(String[]::new);
  }

  private static String text(String text) {
    String t = text == null ? "" : text.strip();
    if (t.isEmpty()) {
      throw new InvalidInput("text", "Skriv ett meddelande.");
    }
    if (t.length() > MAX_TEXT) {
      throw new InvalidInput(
          "text", "Meddelandet är för långt: högst 10 000 tecken (nu " + t.length() + ").");
    }
    return t;
  }

  private MessageView message(ConversationId id, UUID messageId, boolean withNotes) {
    return rows.messages(id, withNotes).stream()
        .filter(m -> m.id().equals(messageId))
        .findFirst()
        .orElseThrow();
  }

  private ConversationView view(ConversationRows.StoredConversation c) {
    return new ConversationView(
        c.id(),
        c.organisation(),
        organisationName(c.organisation()),
        c.caseId(),
        c.caseNumber(),
        c.subject(),
        c.resident(),
        c.residentName(),
        c.openedAt(),
        c.lastMessageAt());
  }

  private ConversationSummary summary(
      ConversationRows.UnreadSummary s, Map<OrganisationId, String> names) {
    var c = s.conversation();
    return new ConversationSummary(
        c.id(),
        c.organisation(),
        names.getOrDefault(c.organisation(), c.organisation().value()),
        c.caseId(),
        c.caseNumber(),
        c.subject(),
        c.residentName(),
        c.lastMessageAt() == null ? c.openedAt() : c.lastMessageAt(),
        s.unread());
  }

  private Map<OrganisationId, String> organisationNames() {
    return organisations.all().stream()
        .collect(Collectors.toMap(Organisation::id, Organisation::name));
  }

  private String organisationName(OrganisationId id) {
    return organisations.find(id).map(Organisation::name).orElse(id.value());
  }
}
