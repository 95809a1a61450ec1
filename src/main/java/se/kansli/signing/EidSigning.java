package se.kansli.signing;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.kansli.shared.Conflict;
import se.kansli.shared.OrganisationId;
import se.kansli.signing.eid.EidOrder;
import se.kansli.signing.eid.EidProvider;
import se.kansli.signing.eid.EidRequest;
import se.kansli.signing.eid.EidStatus;
import tools.jackson.databind.json.JsonMapper;

/**
 * The signer's side of a signing order: start a signature with an eID provider, collect its status
 * until done, and record the signature with the provider's evidence. Every started signature is
 * metered against the order's organisation.
 */
@Service
public class EidSigning {

  private final SigningOrders orders;
  private final Orders store;
  private final EidProviderLookup providers;
  private final EidMetering metering;
  private final JsonMapper json;

  EidSigning(
      SigningOrders orders,
      Orders store,
      EidProviderLookup providers,
      EidMetering metering,
      JsonMapper json) {
    this.orders = orders;
    this.store = store;
    this.providers = providers;
    this.metering = metering;
    this.json = json;
  }

  /** The eID methods a signer may choose from, as id → Swedish name. */
  public Map<String, String> methods() {
    return providers.methods();
  }

  @Transactional
  public EidOrder start(String token, String providerId, String endUserIp, boolean sameDevice) {
    StoredOrder order = orders.startable(token);
    StoredSigner signer = orders.signer(token);
    EidProvider provider = provider(providerId);
    EidOrder started =
        provider.sign(
            new EidRequest(endUserIp, signer.personalIdentityNumber(), sameDevice),
            SigningOrders.visibleText(order),
            order.documentSha256().getBytes(java.nio.charset.StandardCharsets.UTF_8));
    store.startEid(order.id(), signer.position(), provider.id(), started.orderRef());
    metering.record(
        OrganisationId.of(order.organisation()),
        TransactionKind.SIGNATURE,
        provider.id(),
        "signing-order:" + order.id());
    return started;
  }

  /**
   * Asks the provider how the signer's signature is going. When it is complete the signature is
   * recorded; a second collect after that is harmless.
   */
  public EidStatus collect(String token) {
    StoredSigner signer = orders.signer(token);
    if (signer.status() == SignerStatus.SIGNED) {
      return new EidStatus(
          EidStatus.State.COMPLETE, "complete", "Du har skrivit under.", null, null);
    }
    if (signer.eidOrderRef() == null) {
      throw new Conflict("signer", "Ingen underskrift är påbörjad.");
    }
    EidStatus status = provider(signer.provider()).collect(signer.eidOrderRef());
    if (status.state() == EidStatus.State.COMPLETE) {
      orders.recordSignature(
          token,
          signer.provider(),
          status.identity().name(),
          status.identity().personalIdentityNumber(),
          json.writeValueAsString(status.evidence()));
    }
    return status;
  }

  public Optional<String> qrCode(String token) {
    StoredSigner signer = orders.signer(token);
    if (signer.eidOrderRef() == null) {
      return Optional.empty();
    }
    return provider(signer.provider()).qrCode(signer.eidOrderRef(), Instant.now());
  }

  private EidProvider provider(String id) {
    return providers.require(id, "method");
  }
}
