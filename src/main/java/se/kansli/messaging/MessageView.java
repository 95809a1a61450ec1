package se.kansli.messaging;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One message of a thread. {@code readByResidentAt} is the read receipt of an officer's message;
 * {@code readByStaffAt} tells when an officer first opened a resident's message.
 */
public record MessageView(
    UUID id,
    Author author,
    String authorName,
    String text,
    boolean internalNote,
    Instant postedAt,
    Instant readByResidentAt,
    Instant readByStaffAt,
    List<AttachmentView> attachments) {}
