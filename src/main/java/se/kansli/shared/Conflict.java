package se.kansli.shared;

/** The command is valid but clashes with the thing's current state, e.g. editing a closed case. */
public class Conflict extends RuntimeException {

  private final String field;

  public Conflict(String field, String message) {
    super(message);
    this.field = field;
  }

  public String field() {
    return field;
  }
}
