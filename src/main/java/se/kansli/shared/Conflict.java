package se.kansli.shared;

/** The command is valid but clashes with the thing's current state, e.g. editing a closed case. */
public class Conflict extends FieldProblem {

  public Conflict(String field, String message) {
    super(field, message);
  }
}
