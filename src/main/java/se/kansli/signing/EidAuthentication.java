package se.kansli.signing;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.kansli.organisations.OrganisationDirectory;
import se.kansli.shared.InvalidInput;
import se.kansli.shared.NotFound;
import se.kansli.shared.OrganisationId;
import se.kansli.signing.EidAuthenticationStatus.State;
import se.kansli.signing.eid.EidIdentity;
import se.kansli.signing.eid.EidOrder;
import se.kansli.signing.eid.EidProvider;
import se.kansli.signing.eid.EidRequest;
import se.kansli.signing.eid.EidStatus;

/**
 * Identifies a person with eID on behalf of an organisation, e.g. a resident logging in to an
 * e-service: start an authentication, then ask for its status until it is complete, when it names
 * the verified person. Every started authentication is metered against the organisation that asked
 * for it (table {@code eid_authentications}, metered in {@code eid_transactions}).
 */
@Service
public class EidAuthentication {

  /** An authentication not completed by then is expired; BankID and Freja give up well before. */
  static final Duration EXPIRES_AFTER = Duration.ofMinutes(10);

  private static final Logger log = LoggerFactory.getLogger(EidAuthentication.class);

  private final EidProviderLookup providers;
  private final EidMetering metering;
  private final OrganisationDirectory organisations;
  private final JdbcClient jdbc;
  private final Clock clock;

  EidAuthentication(
      EidProviderLookup providers,
      EidMetering metering,
      OrganisationDirectory organisations,
      JdbcClient jdbc,
      Optional<Clock> clock) {
    this.providers = providers;
    this.metering = metering;
    this.organisations = organisations;
    this.jdbc = jdbc;
    this.clock = clock.orElse(Clock.systemUTC());
  }

  /** The eID methods a person may choose from, as id → Swedish name. */
  public Map<String, String> methods() {
    return providers.methods();
  }

  /**
   * Starts an authentication with the chosen eID, for anyone (the person is not known beforehand),
   * and meters it against {@code organisation}.
   *
   * @param endUserIp the person's IP address, which BankID requires
   * @param sameDevice true to open the eID app on this device, false for a QR code
   */
  @Transactional
  public EidAuthenticationStarted start(
      OrganisationId organisation, String providerId, String endUserIp, boolean sameDevice) {
    if (organisation == null || !organisations.exists(organisation.value())) {
      throw new InvalidInput("organisation", "Okänd organisation: " + organisation);
    }
    EidProvider provider = providers.require(providerId, "provider");
    EidOrder order = provider.authenticate(new EidRequest(endUserIp, null, sameDevice));
    UUID id = UUID.randomUUID();
    jdbc.sql(
            """
            insert into eid_authentications (id, organisation_id, provider, order_ref, status,
                                             started_at)
            values (?, ?, ?, ?, 'PENDING', ?)
            """)
        .params(id, organisation.value(), provider.id(), order.orderRef(), time(now()))
        .update();
    metering.record(
        organisation, TransactionKind.AUTHENTICATION, provider.id(), "eid-authentication:" + id);
    boolean qrCode = provider.qrCode(order.orderRef(), clock.instant()).isPresent();
    return new EidAuthenticationStarted(id, provider.id(), order.autoStartToken(), qrCode);
  }

  /**
   * Asks the provider how the authentication is going and keeps the outcome. Once it is finished
   * the stored outcome is returned as is: the provider is not asked again.
   *
   * @throws NotFound if there is no such authentication
   */
  @Transactional
  public EidAuthenticationStatus status(UUID id) {
    Stored stored = lock(id);
    if (stored.state().finished()) {
      return stored.status();
    }
    EidProvider provider = providers.require(stored.provider(), "provider");
    if (stored.startedAt().plus(EXPIRES_AFTER).isBefore(now())) {
      cancelQuietly(provider, stored.orderRef());
      return finish(
          stored,
          State.EXPIRED,
          "expired",
          "Identifieringen tog för lång tid och har avbrutits. Försök igen.",
          null);
    }
    EidStatus status = provider.collect(stored.orderRef());
    return switch (status.state()) {
      case PENDING ->
          new EidAuthenticationStatus(
              id, State.PENDING, status.hintCode(), status.userMessage(), null);
      case FAILED -> finish(stored, State.FAILED, status.hintCode(), status.userMessage(), null);
      case COMPLETE ->
          finish(
              stored,
              State.COMPLETE,
              status.hintCode(),
              status.userMessage() == null ? "Du är identifierad." : status.userMessage(),
              status.identity());
    };
  }

  /**
   * The QR code content to show at {@code now} while the authentication is pending, for providers
   * with one; empty otherwise.
   *
   * @throws NotFound if there is no such authentication
   */
  @Transactional(readOnly = true)
  public Optional<String> qrCode(UUID id, Instant now) {
    Stored stored = find(id);
    if (stored.state().finished()) {
      return Optional.empty();
    }
    return providers.require(stored.provider(), "provider").qrCode(stored.orderRef(), now);
  }

  /**
   * Cancels a pending authentication, here and at the provider. A finished one stays as it was.
   *
   * @throws NotFound if there is no such authentication
   */
  @Transactional
  public EidAuthenticationStatus cancel(UUID id) {
    Stored stored = lock(id);
    if (stored.state().finished()) {
      return stored.status();
    }
    cancelQuietly(providers.require(stored.provider(), "provider"), stored.orderRef());
    return finish(stored, State.CANCELLED, "cancelled", "Identifieringen avbröts.", null);
  }

  private EidAuthenticationStatus finish(
      Stored stored, State state, String hintCode, String userMessage, EidIdentity identity) {
    jdbc.sql(
            """
            update eid_authentications
            set status = ?, completed_at = ?, hint_code = ?, user_message = ?,
                personal_identity_number = ?, name = ?, given_name = ?, surname = ?
            where id = ?
            """)
        .params(
            state.name(),
            time(now()),
            hintCode,
            userMessage,
            identity == null ? null : identity.personalIdentityNumber(),
            identity == null ? null : identity.name(),
            identity == null ? null : identity.givenName(),
            identity == null ? null : identity.surname(),
            stored.id())
        .update();
    return new EidAuthenticationStatus(stored.id(), state, hintCode, userMessage, identity);
  }

  /** The provider forgets the order anyway; a failed cancel must not keep ours pending. */
  private static void cancelQuietly(EidProvider provider, String orderRef) {
    try {
      provider.cancel(orderRef);
    } catch (RuntimeException e) {
      log.warn("Could not cancel {} order {}: {}", provider.id(), orderRef, e.getMessage());
    }
  }

  private Stored lock(UUID id) {
    return query("select * from eid_authentications where id = ? for update", id);
  }

  private Stored find(UUID id) {
    return query("select * from eid_authentications where id = ?", id);
  }

  private Stored query(String sql, UUID id) {
    if (id == null) {
      throw notFound();
    }
    return jdbc.sql(sql)
        .param(id)
        .query((rs, i) -> stored(rs))
        .optional()
        .orElseThrow(EidAuthentication::notFound);
  }

  private static Stored stored(ResultSet rs) throws SQLException {
    String personalIdentityNumber = rs.getString("personal_identity_number");
    return new Stored(
        rs.getObject("id", UUID.class),
        rs.getString("provider"),
        rs.getString("order_ref"),
        State.valueOf(rs.getString("status")),
        rs.getObject("started_at", OffsetDateTime.class).toInstant(),
        rs.getString("hint_code"),
        rs.getString("user_message"),
        personalIdentityNumber == null
            ? null
            : new EidIdentity(
                personalIdentityNumber,
                rs.getString("name"),
                rs.getString("given_name"),
                rs.getString("surname")));
  }

  private static NotFound notFound() {
    return new NotFound("Identifieringen finns inte.");
  }

  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MICROS);
  }

  private static OffsetDateTime time(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }

  private record Stored(
      UUID id,
      String provider,
      String orderRef,
      State state,
      Instant startedAt,
      String hintCode,
      String userMessage,
      EidIdentity identity) {

    EidAuthenticationStatus status() {
      return new EidAuthenticationStatus(id, state, hintCode, userMessage, identity);
    }
  }
}
