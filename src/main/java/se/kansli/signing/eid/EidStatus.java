package se.kansli.signing.eid;

/**
 * Where an order stands. {@code userMessage} is the Swedish text to show for the current hint or
 * error code; {@code identity} and {@code evidence} are set when the order is complete.
 */
public record EidStatus(
    State state, String hintCode, String userMessage, EidIdentity identity, EidEvidence evidence) {

  public enum State {
    PENDING,
    COMPLETE,
    FAILED
  }
}
