package se.kansli.eservices;

import se.kansli.shared.ResidentId;
import se.kansli.shared.Sha256;

/**
 * Who is asking for a draft: the signed-in resident, and/or the anonymous token from the browser's
 * cookie. A draft is only ever shown to its owner; to anyone else it does not exist.
 */
public record DraftOwner(ResidentId resident, String anonymousToken) {

  public static DraftOwner nobody() {
    return new DraftOwner(null, null);
  }

  public boolean anonymous() {
    return resident == null;
  }

  String tokenSha256() {
    return anonymousToken == null || anonymousToken.isBlank() ? null : Sha256.of(anonymousToken);
  }
}
