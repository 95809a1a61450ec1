package se.kansli.eservices;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.kansli.messaging.ConversationView;
import se.kansli.messaging.Conversations;
import se.kansli.messaging.Resident;
import se.kansli.shared.OrganisationId;

/**
 * Gives every submission from a signed-in resident its secure conversation with the officers, in
 * the submitting transaction: the case and the way to write about it exist together or not at all.
 * An anonymous sender has no My pages to read answers on, so their case gets none.
 */
@Component
class SubmissionConversations {

  private final Conversations conversations;
  private final ResidentAccounts residents;
  private final EServiceCatalogue catalogue;
  private final JdbcClient jdbc;

  SubmissionConversations(
      Conversations conversations,
      ResidentAccounts residents,
      EServiceCatalogue catalogue,
      JdbcClient jdbc) {
    this.conversations = conversations;
    this.residents = residents;
    this.catalogue = catalogue;
    this.jdbc = jdbc;
  }

  @EventListener
  void on(EServiceSubmitted submitted) {
    if (submitted.resident() == null) {
      return;
    }
    ResidentView resident = residents.get(submitted.resident());
    ConversationView conversation =
        conversations.openForResident(
            OrganisationId.of(submitted.organisation()),
            submitted.caseId(),
            submitted.caseNumber(),
            catalogue.version(submitted.version()).title(),
            // Messaging notifies through the addresses it is given: only the channels chosen.
            new Resident(
                resident.id(),
                resident.name(),
                resident.notifyBy().byEmail() ? resident.email() : null,
                resident.notifyBy().bySms() ? resident.phone() : null));
    jdbc.sql("update e_service_submissions set conversation_id = ? where id = ?")
        .params(conversation.id().value(), submitted.submissionId())
        .update();
  }
}
