package se.kansli.eservices;

import java.util.List;
import se.kansli.shared.InvalidInput;

/**
 * A request for signatures refused for one or more reasons: all of them are shown at once on the
 * summary page. As an {@link InvalidInput} it names the first, for callers that show one message.
 */
public class SignatureRequestProblems extends InvalidInput {

  private final List<FormProblem> problems;

  SignatureRequestProblems(List<FormProblem> problems) {
    super(problems.getFirst().field(), problems.getFirst().message());
    this.problems = List.copyOf(problems);
  }

  public List<FormProblem> problems() {
    return problems;
  }
}
