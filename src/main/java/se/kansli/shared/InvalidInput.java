package se.kansli.shared;

/**
 * A command was refused because of what the user sent. {@code field} names the offending input so
 * that the UI can show the message beside it and the API can name it in problem+json; the message
 * is in Swedish because it is shown to the user as is.
 */
public class InvalidInput extends FieldProblem {

  public InvalidInput(String field, String message) {
    super(field, message);
  }
}
