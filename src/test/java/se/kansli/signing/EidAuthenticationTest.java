package se.kansli.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.kansli.KansliTest;
import se.kansli.TestStaff;
import se.kansli.shared.Actor;
import se.kansli.shared.InvalidInput;
import se.kansli.shared.NotFound;
import se.kansli.shared.OrganisationId;
import se.kansli.shared.Role;
import se.kansli.signing.EidAuthenticationStatus.State;

@KansliTest
class EidAuthenticationTest {

  /** No other test authenticates for Arjeplog, so its counts move only with these tests. */
  static final OrganisationId ARJEPLOG = OrganisationId.of("arjeplog");

  @Autowired EidAuthentication authentication;
  @Autowired EidMetering metering;
  @Autowired TestStaff staff;
  @Autowired JdbcClient jdbc;

  Actor arjeplog;
  Actor kiruna;

  @BeforeEach
  void actors() {
    arjeplog = staff.actor(Role.ADMINISTRATOR, "arjeplog");
    kiruna = staff.actor(Role.ADMINISTRATOR, "kiruna");
  }

  long authentications(Actor actor) {
    return metering.counts(LocalDate.now(), LocalDate.now(), actor).stream()
        .filter(c ->
            c.organisation().equals("arjeplog")
                && c.kind() == TransactionKind.AUTHENTICATION
                && c.provider().equals("test"))
        .mapToLong(EidMetering.TransactionCount::count)
        .sum();
  }

  long transactionsFor(UUID id) {
    return jdbc.sql(
            "select count(*) from eid_transactions where reference = ? and organisation_id = ?"
                + " and kind = 'AUTHENTICATION'")
        .params("eid-authentication:" + id, "arjeplog")
        .query(Long.class)
        .single();
  }

  @Test
  void startingMetersOneAuthenticationForTheOrganisationThatAskedOnly() {
    long before = authentications(arjeplog);

    EidAuthenticationStarted started = authentication.start(ARJEPLOG, "test", "127.0.0.1", false);

    assertThat(started.id()).isNotNull();
    assertThat(started.provider()).isEqualTo("test");
    assertThat(transactionsFor(started.id())).isEqualTo(1);
    assertThat(authentications(arjeplog)).isEqualTo(before + 1);
    assertThat(metering.counts(LocalDate.now(), LocalDate.now(), kiruna))
        .noneMatch(c -> c.organisation().equals("arjeplog"));
  }

  @Test
  void completingGivesTheIdentityAndAskingAgainNeitherCallsTheProviderNorMeters() {
    EidAuthenticationStarted started = authentication.start(ARJEPLOG, "test", "127.0.0.1", true);
    long afterStart = authentications(arjeplog);

    EidAuthenticationStatus first = authentication.status(started.id());
    assertThat(first.state()).isEqualTo(State.COMPLETE);
    assertThat(first.identity().personalIdentityNumber()).isEqualTo("19121212-1212");
    assertThat(first.identity().name()).isNotBlank();

    // The test eID forgets an order once collected, so a second collect would fail: the stored
    // identity must be what comes back.
    EidAuthenticationStatus second = authentication.status(started.id());
    assertThat(second).isEqualTo(first);
    assertThat(authentication.qrCode(started.id(), Instant.now())).isEmpty();
    assertThat(transactionsFor(started.id())).isEqualTo(1);
    assertThat(authentications(arjeplog)).isEqualTo(afterStart);
    assertThat(
            jdbc.sql("select personal_identity_number from eid_authentications where id = ?")
                .param(started.id())
                .query(String.class)
                .single())
        .isEqualTo("19121212-1212");
  }

  @Test
  void anAuthenticationLeftTooLongExpires() {
    EidAuthenticationStarted started = authentication.start(ARJEPLOG, "test", "127.0.0.1", false);
    jdbc.sql(
            "update eid_authentications set started_at = now() - interval '11 minutes' where id = ?")
        .param(started.id())
        .update();

    EidAuthenticationStatus status = authentication.status(started.id());
    assertThat(status.state()).isEqualTo(State.EXPIRED);
    assertThat(status.identity()).isNull();
    assertThat(status.userMessage()).contains("för lång tid");
    assertThat(authentication.status(started.id()).state()).isEqualTo(State.EXPIRED);
  }

  @Test
  void aCancelledAuthenticationStaysCancelled() {
    EidAuthenticationStarted started = authentication.start(ARJEPLOG, "test", "127.0.0.1", false);
    assertThat(authentication.cancel(started.id()).state()).isEqualTo(State.CANCELLED);
    EidAuthenticationStatus status = authentication.status(started.id());
    assertThat(status.state()).isEqualTo(State.CANCELLED);
    assertThat(status.identity()).isNull();
    assertThat(transactionsFor(started.id())).isEqualTo(1);
  }

  @Test
  void unknownProviderOrganisationAndIdAreRefused() {
    long before = authentications(arjeplog);
    assertThatThrownBy(() -> authentication.start(ARJEPLOG, "nobankid", "127.0.0.1", false))
        .isInstanceOf(InvalidInput.class)
        .hasMessageContaining("Okänd")
        .extracting("field")
        .isEqualTo("provider");
    assertThatThrownBy(
            () -> authentication.start(OrganisationId.of("atlantis"), "test", "127.0.0.1", false))
        .isInstanceOf(InvalidInput.class)
        .extracting("field")
        .isEqualTo("organisation");
    assertThat(authentications(arjeplog)).isEqualTo(before);

    UUID unknown = UUID.randomUUID();
    assertThatThrownBy(() -> authentication.status(unknown))
        .isInstanceOf(NotFound.class)
        .hasMessage("Identifieringen finns inte.");
    assertThatThrownBy(() -> authentication.qrCode(unknown, Instant.now()))
        .isInstanceOf(NotFound.class);
    assertThatThrownBy(() -> authentication.cancel(unknown)).isInstanceOf(NotFound.class);
  }
}
