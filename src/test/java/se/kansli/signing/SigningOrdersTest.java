package se.kansli.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import se.kansli.KansliTest;
import se.kansli.TestMailServer;
import se.kansli.TestStaff;
import se.kansli.registry.MinimalPdf;
import se.kansli.shared.Actor;
import se.kansli.shared.Conflict;
import se.kansli.shared.InvalidInput;
import se.kansli.shared.NotFound;
import se.kansli.shared.Role;
import se.kansli.signing.eid.EidStatus;

@KansliTest
@RecordApplicationEvents
class SigningOrdersTest {

  static final String CHAIR = "19121212-1212";
  static final String ATTESTER = "20121212-1212";

  @Autowired SigningOrders orders;
  @Autowired EidSigning signing;
  @Autowired EidMetering metering;
  @Autowired TestStaff staff;
  @Autowired TestMailServer mail;
  @Autowired JdbcClient jdbc;
  @Autowired ApplicationEvents events;

  Actor secretary;
  String tag;

  @BeforeEach
  void secretary() {
    secretary = staff.actor(Role.COMMITTEE_SECRETARY, "e-namnden");
    tag = UUID.randomUUID().toString().substring(0, 8);
  }

  CreatedOrder minutes(SigningMode mode) {
    return orders.create(
        new NewSigningOrder(
            "e-namnden",
            "Protokoll " + tag,
            MinimalPdf.withText("Protokoll " + tag),
            mode,
            List.of(
                new NewSigningOrder.NewSigner(
                    "Justerare", "justerare-" + tag + "@example.se", ATTESTER, "justerare"),
                new NewSigningOrder.NewSigner(
                    "Ordförande", "ordforande-" + tag + "@example.se", CHAIR, "ordförande")),
            null,
            "minutes:" + tag),
        secretary);
  }

  static String token(String link) {
    return link.substring(link.lastIndexOf('/') + 1);
  }

  void signWithTestEid(String link) {
    signing.start(token(link), "test", "127.0.0.1", false);
    assertThat(signing.collect(token(link)).state()).isEqualTo(EidStatus.State.COMPLETE);
  }

  @Test
  void twoSignersInSequenceMakeASealedDocumentAndTellTheCaller() throws Exception {
    CreatedOrder created = minutes(SigningMode.SEQUENTIAL);
    assertThat(mail.to("justerare-" + tag + "@example.se")).hasSize(1);
    assertThat(mail.to("ordforande-" + tag + "@example.se")).isEmpty();
    MimeMessage invitation = mail.to("justerare-" + tag + "@example.se").getFirst();
    assertThat(invitation.getSubject()).contains("Protokoll " + tag);
    assertThat(invitation.getContent().toString()).contains(created.signerLinks().getFirst());

    assertThatThrownBy(
            () -> signing.start(token(created.signerLinks().get(1)), "test", "127.0.0.1", false))
        .isInstanceOf(Conflict.class)
        .hasMessageContaining("inte din tur");

    signWithTestEid(created.signerLinks().get(0));
    assertThat(mail.to("ordforande-" + tag + "@example.se")).hasSize(1);
    signWithTestEid(created.signerLinks().get(1));

    SigningOrderView done = orders.get(created.order().id(), secretary);
    assertThat(done.status()).isEqualTo(OrderStatus.COMPLETED);
    assertThat(done.signers()).allMatch(s -> s.status() == SignerStatus.SIGNED);
    byte[] sealed = orders.document(done.id(), true, secretary);
    assertThat(new String(sealed, 0, 5)).isEqualTo("%PDF-");
    assertThat(done.sealedSha256()).isEqualTo(se.kansli.shared.Sha256.of(sealed));
    assertThat(events.stream(SigningOrderCompleted.class))
        .anyMatch(e -> e.orderId().equals(done.id()) && e.reference().equals("minutes:" + tag));
    assertThat(metering.counts(LocalDate.now(), LocalDate.now(), secretary))
        .filteredOn(
            c -> c.organisation().equals("e-namnden") && c.kind() == TransactionKind.SIGNATURE)
        .extracting(EidMetering.TransactionCount::count)
        .allMatch(n -> n >= 2);
  }

  @Test
  void inParallelEveryoneIsAskedAtOnce() {
    CreatedOrder created = minutes(SigningMode.PARALLEL);
    assertThat(mail.to("justerare-" + tag + "@example.se")).hasSize(1);
    assertThat(mail.to("ordforande-" + tag + "@example.se")).hasSize(1);
    signWithTestEid(created.signerLinks().get(1));
    assertThat(orders.get(created.order().id(), secretary).status()).isEqualTo(OrderStatus.OPEN);
  }

  @Test
  void someoneElsesEidCannotSignAndNothingIsLost() {
    CreatedOrder created = minutes(SigningMode.SEQUENTIAL);
    String link = created.signerLinks().getFirst();
    assertThatThrownBy(() -> orders.recordSignature(token(link), "test", "Fel Person", CHAIR, "{}"))
        .isInstanceOf(Conflict.class)
        .hasMessageContaining("någon annan");
    SigningOrderView order = orders.get(created.order().id(), secretary);
    assertThat(order.status()).isEqualTo(OrderStatus.OPEN);
    assertThat(order.signers().getFirst().status()).isEqualTo(SignerStatus.NOTIFIED);
  }

  @Test
  void aDeclineClosesTheOrderAndTellsTheCaller() {
    CreatedOrder created = minutes(SigningMode.PARALLEL);
    assertThatThrownBy(() -> orders.decline(token(created.signerLinks().get(0)), " "))
        .isInstanceOf(InvalidInput.class)
        .extracting("field")
        .isEqualTo("comment");
    orders.decline(token(created.signerLinks().get(0)), "Paragraf 12 stämmer inte med beslutet");
    assertThat(orders.get(created.order().id(), secretary).status())
        .isEqualTo(OrderStatus.DECLINED);
    assertThat(events.stream(SigningOrderDeclined.class))
        .anyMatch(e -> e.orderId().equals(created.order().id()));
    assertThatThrownBy(
            () -> signing.start(token(created.signerLinks().get(1)), "test", "127.0.0.1", false))
        .isInstanceOf(Conflict.class)
        .hasMessageContaining("avböjts");
  }

  @Test
  void anExpiredOrderCannotBeSigned() {
    CreatedOrder created = minutes(SigningMode.PARALLEL);
    jdbc.sql("update signing_orders set expires_at = now() - interval '1 minute' where id = ?")
        .param(created.order().id())
        .update();
    assertThat(orders.expireDue()).isPositive();
    assertThat(orders.get(created.order().id(), secretary).status()).isEqualTo(OrderStatus.EXPIRED);
    assertThat(events.stream(SigningOrderExpired.class))
        .anyMatch(e -> e.orderId().equals(created.order().id()));
    assertThatThrownBy(
            () -> signing.start(token(created.signerLinks().get(0)), "test", "127.0.0.1", false))
        .isInstanceOf(Conflict.class)
        .hasMessageContaining("gått ut");
  }

  @Test
  void slowSignersAreReminded() throws Exception {
    CreatedOrder created = minutes(SigningMode.SEQUENTIAL);
    jdbc.sql(
            "update signing_signers set notified_at = now() - interval '3 days' where order_id = ? and position = 0")
        .param(created.order().id())
        .update();
    orders.remindDue();
    assertThat(mail.to("justerare-" + tag + "@example.se")).hasSize(2);
    assertThat(mail.to("justerare-" + tag + "@example.se").get(1).getSubject())
        .startsWith("Påminnelse");
  }

  @Test
  void badInputIsRefusedWithTheField() {
    assertThatThrownBy(() ->
            orders.create(
                new NewSigningOrder(
                    "e-namnden",
                    "X",
                    "inte en pdf".getBytes(),
                    null,
                    List.of(new NewSigningOrder.NewSigner("A", "a@example.se", null, "")),
                    null,
                    null),
                secretary))
        .isInstanceOf(InvalidInput.class)
        .extracting("field")
        .isEqualTo("file");
    assertThatThrownBy(() ->
            orders.create(
                new NewSigningOrder(
                    "e-namnden",
                    "X",
                    MinimalPdf.withText("x"),
                    null,
                    List.of(new NewSigningOrder.NewSigner("A", "inte-en-adress", null, "")),
                    null,
                    null),
                secretary))
        .extracting("field")
        .isEqualTo("signers[0].email");
    assertThatThrownBy(() -> signing.collect("ett-påhittat-token-som-inte-finns"))
        .isInstanceOf(NotFound.class);
  }

  @Test
  void anotherMunicipalityCannotSeeTheOrder() {
    CreatedOrder created = minutes(SigningMode.SEQUENTIAL);
    Actor kiruna = staff.actor(Role.ADMINISTRATOR, "kiruna");
    assertThatThrownBy(() -> orders.get(created.order().id(), kiruna)).isInstanceOf(NotFound.class);
    assertThat(orders.recent(kiruna)).noneMatch(o -> o.id().equals(created.order().id()));
  }
}
