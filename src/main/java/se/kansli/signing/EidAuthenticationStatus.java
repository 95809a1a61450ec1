package se.kansli.signing;

import java.util.UUID;
import se.kansli.signing.eid.EidIdentity;

/**
 * Where an eID authentication stands. {@code userMessage} is the Swedish text to show (the
 * provider's hint while pending, why it failed when it did); {@code identity} is the verified
 * person once it is {@link State#COMPLETE}, null otherwise.
 */
public record EidAuthenticationStatus(
    UUID id, State state, String hintCode, String userMessage, EidIdentity identity) {

  public enum State {
    PENDING,
    COMPLETE,
    FAILED,
    EXPIRED,
    CANCELLED;

    public boolean finished() {
      return this != PENDING;
    }
  }

  public boolean complete() {
    return state == State.COMPLETE;
  }
}
