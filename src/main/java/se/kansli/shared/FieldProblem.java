package se.kansli.shared;

/**
 * A refusal that names the input it concerns, so that a form can show the message beside that field
 * and the API can name it in problem+json. The message is Swedish, shown to the user as is.
 */
public abstract class FieldProblem extends RuntimeException {

  private final String field;

  protected FieldProblem(String field, String message) {
    super(message);
    this.field = field;
  }

  public String field() {
    return field;
  }
}
