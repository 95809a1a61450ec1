package se.kansli.eservices;

import java.util.List;
import java.util.Map;

/**
 * The outcome of checking a resident's answers: the normalised answers of the visible fields
 * checked, or the problems found. Problems come in the order of the form's fields.
 */
public record AnswerCheck(Map<String, List<String>> answers, List<FormProblem> problems) {

  public AnswerCheck {
    answers = Map.copyOf(answers);
    problems = List.copyOf(problems);
  }

  public boolean ok() {
    return problems.isEmpty();
  }
}
