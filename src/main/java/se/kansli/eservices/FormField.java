package se.kansli.eservices;

import java.util.List;

/**
 * One field of a form. The key is stable across versions and names the answer; the condition, when
 * present, shows the field only when an earlier field has a given answer.
 */
public record FormField(
    String key,
    FieldType type,
    String label,
    String help,
    boolean required,
    FieldValidation validation,
    List<String> choices,
    Condition condition,
    FileLimits files) {

  public FormField {
    validation = validation == null ? FieldValidation.NONE : validation;
    choices = choices == null ? List.of() : List.copyOf(choices);
    files = type == FieldType.FILE_UPLOAD && files == null ? FileLimits.DEFAULT : files;
    if (type != null && !type.answered()) {
      required = false;
    }
  }

  /** A field with only the essentials, for building forms in code. */
  public static FormField of(String key, FieldType type, String label, boolean required) {
    return new FormField(key, type, label, null, required, null, null, null, null);
  }

  public FormField withChoices(List<String> values) {
    return new FormField(key, type, label, help, required, validation, values, condition, files);
  }

  public FormField withCondition(Condition when) {
    return new FormField(key, type, label, help, required, validation, choices, when, files);
  }

  public FormField withValidation(FieldValidation rules) {
    return new FormField(key, type, label, help, required, rules, choices, condition, files);
  }

  public FormField withHelp(String text) {
    return new FormField(key, type, label, text, required, validation, choices, condition, files);
  }
}
