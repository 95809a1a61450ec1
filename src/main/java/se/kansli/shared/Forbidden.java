package se.kansli.shared;

/** The user is known and may see the thing, but lacks the role to change it. */
public class Forbidden extends RuntimeException {

  public Forbidden(String message) {
    super(message);
  }
}
