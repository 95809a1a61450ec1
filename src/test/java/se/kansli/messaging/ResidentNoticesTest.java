package se.kansli.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;
import se.kansli.KansliTest;
import se.kansli.TestMailServer;
import se.kansli.shared.OrganisationId;

/**
 * The outbox of notices to residents: queued with what caused them, delivered after the commit, and
 * retried when the mail server fails. The retries are made by calling the schedule's method with
 * the time it runs at, so nothing waits for the clock.
 */
@KansliTest
class ResidentNoticesTest {

  static final OrganisationId LULEA = OrganisationId.of("lulea");

  @Autowired ResidentNotices notices;
  @Autowired TestMailServer mail;
  @Autowired TransactionTemplate transactions;
  @Autowired JdbcClient jdbc;
  @Autowired MessagingProperties properties;

  String address;
  String caseNumber;

  @BeforeEach
  void anAddressAndACase() {
    String tag = UUID.randomUUID().toString().substring(0, 8);
    address = "notis-" + tag + "@example.se";
    caseNumber = "KS 2026/" + tag;
  }

  @AfterEach
  void mailServerBack() {
    mail.accept(address);
  }

  ResidentNotice statusChanged() {
    return new ResidentNotice(
        LULEA, NoticeKind.STATUS_CHANGED, caseNumber, address, null, "/mina-sidor/arenden/1");
  }

  void sendCommitted(ResidentNotice notice) {
    transactions.executeWithoutResult(tx -> notices.send(notice));
  }

  @Test
  void aNoticeIsOnlyQueuedInTheTransactionOfWhatCausedIt() {
    assertThatThrownBy(() -> notices.send(statusChanged()))
        .isInstanceOf(IllegalTransactionStateException.class);
  }

  @Test
  void aRolledBackTransactionQueuesAndSendsNothing() {
    transactions.executeWithoutResult(tx -> {
      notices.send(statusChanged());
      tx.setRollbackOnly();
    });

    assertThat(mail.to(address)).isEmpty();
    assertThat(row()).as("no row left for the schedule either").isNull();
    assertThat(notices.retryDue(Instant.now().plus(Duration.ofDays(1)))).isZero();
    assertThat(mail.to(address)).isEmpty();
  }

  @Test
  void aMailServerThatIsDownDelaysTheNoticeButDoesNotLoseIt() throws Exception {
    mail.refuse(address);

    sendCommitted(statusChanged());

    assertThat(mail.to(address)).isEmpty();
    Map<String, Object> failed = row();
    assertThat(failed.get("attempts")).isEqualTo(1);
    assertThat(failed.get("sent_at")).isNull();
    assertThat((String) failed.get("last_error")).contains("Connection refused");
    Instant next = instant(failed, "next_attempt_at");
    assertThat(next).isAfter(instant(failed, "queued_at"));

    notices.retryDue(next.minusSeconds(1));
    assertThat(row().get("attempts")).as("not yet due").isEqualTo(1);

    mail.accept(address);
    notices.retryDue(next);

    assertThat(mail.to(address))
        .singleElement()
        .satisfies(m -> assertThat(m.getSubject()).contains(caseNumber));
    Map<String, Object> sent = row();
    assertThat(sent.get("sent_at")).isNotNull();
    assertThat(sent.get("attempts")).isEqualTo(2);
    assertThat(sent.get("last_error")).isNull();

    notices.retryDue(next.plus(Duration.ofDays(1)));
    assertThat(mail.to(address)).as("sent once").hasSize(1);
  }

  @Test
  void theWaitGrowsAndAfterTheLastAttemptTheRowIsKeptAsGivenUp() {
    mail.refuse(address);
    sendCommitted(statusChanged());
    int max = properties.notices().maxAttempts();

    Instant at = Instant.now();
    for (int attempt = 1; attempt < max; attempt++) {
      Map<String, Object> r = row();
      assertThat(r.get("attempts")).isEqualTo(attempt);
      Instant next = instant(r, "next_attempt_at");
      if (attempt > 1) {
        assertThat(Duration.between(at, next))
            .as("the wait after attempt " + attempt)
            .isEqualTo(properties.notices().backoff(attempt));
      }
      at = next;
      notices.retryDue(at);
    }
    assertThat(properties.notices().backoff(2)).isEqualTo(Duration.ofMinutes(2));
    assertThat(properties.notices().backoff(30)).isEqualTo(Duration.ofHours(6));

    Map<String, Object> givenUp = row();
    assertThat(givenUp.get("attempts")).isEqualTo(max);
    assertThat(givenUp.get("given_up_at")).isNotNull();
    assertThat(givenUp.get("sent_at")).isNull();
    assertThat(mail.to(address)).isEmpty();

    mail.accept(address);
    notices.retryDue(at.plus(Duration.ofDays(30)));
    assertThat(mail.to(address)).as("given up is given up").isEmpty();
  }

  @Test
  void eachChannelIsItsOwnDelivery() {
    mail.refuse(address);

    sendCommitted(
        new ResidentNotice(LULEA, NoticeKind.RECEIPT, caseNumber, address, "070-222 33 44", null));

    assertThat(
            jdbc.sql(
                    """
                    select channel || ':' || (sent_at is not null) from resident_notices
                     where case_number = ?
                    """)
                .param(caseNumber)
                .query(String.class)
                .list())
        .as("the SMS went though the e-mail did not")
        .containsExactlyInAnyOrder("EMAIL:false", "SMS:true");
  }

  @Test
  void aResidentWhoChoseNothingIsNotNotified() {
    sendCommitted(
        new ResidentNotice(
            LULEA, NoticeKind.STATUS_CHANGED, caseNumber, null, null, "/mina-sidor"));

    assertThat(row()).isNull();
  }

  private static Instant instant(Map<String, Object> row, String column) {
    return ((Timestamp) row.get(column)).toInstant();
  }

  private Map<String, Object> row() {
    return jdbc
        .sql("select * from resident_notices where case_number = ? and channel = 'EMAIL'")
        .param(caseNumber)
        .query()
        .listOfRows()
        .stream()
        .findFirst()
        .orElse(null);
  }
}
