package se.kansli.eservices;

import java.time.Instant;
import java.util.List;
import se.kansli.signing.OrderStatus;
import se.kansli.signing.SignerStatus;
import se.kansli.signing.SigningOrderView;

/**
 * How far the signing of an application has come, as the applicant sees it: who has signed, who is
 * invited and who will be invited next (signers are asked one at a time, the applicant first).
 */
public record SigningProgress(
    State state, Instant expiresAt, Instant closedAt, List<Signer> signers) {

  public enum State {
    WAITING("Väntar på underskrifter"),
    COMPLETED("Alla har skrivit under"),
    DECLINED("Någon har avböjt att skriva under"),
    EXPIRED("Tiden för att skriva under har gått ut"),
    WITHDRAWN("Underskrifterna är återkallade");

    private final String label;

    State(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  /** One signer's part; {@code invitedAt} is when the e-mail with the signing link was sent. */
  public record Signer(
      String name,
      String email,
      String role,
      Status status,
      Instant invitedAt,
      Instant signedAt,
      String declineComment) {}

  public enum Status {
    NOT_YET_INVITED("Bjuds in när de före har skrivit under"),
    INVITED("Har inte skrivit under än"),
    SIGNED("Har skrivit under"),
    DECLINED("Har avböjt");

    private final String label;

    Status(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  /**
   * The order's progress at {@code now}: an open order past its deadline is shown as expired before
   * the signing module's schedule has closed it, since nobody can sign it any more.
   */
  static SigningProgress of(SigningOrderView order, Instant now) {
    State state =
        switch (order.status()) {
          case OPEN -> now.isBefore(order.expiresAt()) ? State.WAITING : State.EXPIRED;
          case COMPLETED -> State.COMPLETED;
          case DECLINED -> State.DECLINED;
          case EXPIRED -> State.EXPIRED;
          case CANCELLED -> State.WITHDRAWN;
        };
    List<Signer> signers =
        order.signers().stream()
            .map(s ->
                new Signer(
                    s.name(),
                    s.email(),
                    s.role(),
                    status(s.status()),
                    s.notifiedAt(),
                    s.signedAt(),
                    s.declineComment()))
            .toList();
    return new SigningProgress(
        state,
        order.expiresAt(),
        order.status() == OrderStatus.OPEN ? null : order.closedAt(),
        signers);
  }

  private static Status status(SignerStatus status) {
    return switch (status) {
      case WAITING -> Status.NOT_YET_INVITED;
      case NOTIFIED -> Status.INVITED;
      case SIGNED -> Status.SIGNED;
      case DECLINED -> Status.DECLINED;
    };
  }

  public long signedCount() {
    return signers.stream().filter(s -> s.status() == Status.SIGNED).count();
  }

  /** While it waits, the applicant may withdraw it, e.g. to correct an answer or an address. */
  public boolean waiting() {
    return state == State.WAITING;
  }

  /** Declined, expired or withdrawn: the applicant may invite again (and sign again). */
  public boolean ended() {
    return state == State.DECLINED || state == State.EXPIRED || state == State.WITHDRAWN;
  }
}
