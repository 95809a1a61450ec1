package se.kansli.eservices;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import se.kansli.shared.InvalidInput;
import se.kansli.shared.OrganisationNumber;
import se.kansli.shared.PersonalIdentityNumber;

/**
 * The rules of a form, without Spring or a database: whether a form definition holds together, and
 * whether a resident's answers (as posted by an HTML form, key to values) fit it. The answers are
 * never trusted: a value for a field the form does not have, a choice that is not offered or an
 * answer to a field hidden by its condition is refused, not dropped, since it can only come from a
 * tampered form.
 *
 * <p>An address field's answer is posted as three keys, {@code <key>.street}, {@code
 * <key>.postcode} and {@code <key>.city}. A file upload field's answer is whatever the receiving
 * side keeps per file (e.g. stored file ids); only its count is checked here. Keys starting with
 * {@code _} are the web framework's (CSRF token, buttons) and are ignored.
 */
public final class FormRules {

  /** The value a checked checkbox posts. */
  public static final String CHECKED = "ja";

  public static final Pattern KEY = Pattern.compile("[a-z0-9][a-z0-9-]{0,59}");
  static final List<String> ADDRESS_PARTS = List.of("street", "postcode", "city");

  private static final int SHORT_TEXT_MAX = 200;
  private static final int LONG_TEXT_MAX = 10_000;
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
  private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ()-]{6,20}");
  private static final Pattern POSTCODE = Pattern.compile("(\\d{3}) ?(\\d{2})");

  private FormRules() {}

  // ---- the definition ----------------------------------------------------------------------

  /**
   * What is wrong with a form definition, or nothing: keys, labels, choices, limits, and conditions
   * that must point at an earlier answered field with a value that field can have.
   */
  public static List<FormProblem> checkDefinition(Form form) {
    List<FormProblem> problems = new ArrayList<>();
    if (form == null || form.pages().isEmpty()) {
      problems.add(new FormProblem("pages", "Formuläret måste ha minst en sida."));
      return problems;
    }
    Map<String, FormField> earlier = new HashMap<>();
    Set<String> all = new HashSet<>();
    form.fields().forEach(f -> all.add(f.key()));
    for (int p = 0; p < form.pages().size(); p++) {
      FormPage page = form.pages().get(p);
      if (page.title() == null || page.title().isBlank()) {
        problems.add(new FormProblem("page-" + (p + 1), "Sida " + (p + 1) + " saknar rubrik."));
      }
      for (FormField field : page.fields()) {
        String key = field.key() == null ? "" : field.key();
        String name = "Fältet " + (key.isEmpty() ? "utan nyckel" : "”" + key + "”");
        if (!KEY.matcher(key).matches()) {
          problems.add(
              new FormProblem(
                  key,
                  name + ": nyckeln ska vara 1–60 tecken a–z, 0–9 och bindestreck, utan å, ä, ö."));
        } else if (earlier.containsKey(key)) {
          problems.add(new FormProblem(key, name + " finns två gånger i formuläret."));
        }
        if (field.type() == null) {
          problems.add(new FormProblem(key, name + " saknar fälttyp."));
          earlier.put(key, field);
          continue;
        }
        if (field.label() == null || field.label().isBlank()) {
          problems.add(new FormProblem(key, name + " saknar etikett."));
        }
        checkChoices(field, name, problems);
        checkValidation(field, name, problems);
        checkFiles(field, name, problems);
        Condition c = field.condition();
        if (c != null) {
          FormField target = earlier.get(c.field());
          if (target == null) {
            problems.add(
                new FormProblem(
                    key,
                    all.contains(c.field())
                        ? name + " visas beroende av ”" + c.field() + "”, som måste stå före det."
                        : name + " visas beroende av ”" + c.field() + "”, som inte finns."));
          } else if (target.type() == null || !target.type().answered()) {
            problems.add(
                new FormProblem(
                    key, name + " visas beroende av ”" + c.field() + "”, som inte besvaras."));
          } else if (c.value() == null || c.value().isBlank()) {
            problems.add(new FormProblem(key, name + ": ange vilket svar som visar fältet."));
          } else if (target.type().hasChoices() && !target.choices().contains(c.value())) {
            problems.add(
                new FormProblem(
                    key,
                    name + ": ”" + c.value() + "” är inte ett av svaren på ”" + c.field() + "”."));
          } else if (target.type() == FieldType.CHECKBOX && !CHECKED.equals(c.value())) {
            problems.add(
                new FormProblem(
                    key, name + ": en kryssruta kan bara ha svaret ”" + CHECKED + "”."));
          }
        }
        earlier.put(key, field);
      }
    }
    return problems;
  }

  /** Refuses a form that does not hold together, naming the first problem. */
  public static void requireValid(Form form) {
    List<FormProblem> problems = checkDefinition(form);
    if (!problems.isEmpty()) {
      throw new InvalidInput(problems.getFirst().field(), problems.getFirst().message());
    }
  }

  private static void checkChoices(FormField field, String name, List<FormProblem> problems) {
    if (field.type().hasChoices()) {
      if (field.choices().isEmpty()) {
        problems.add(new FormProblem(field.key(), name + " saknar svarsalternativ."));
      } else if (new HashSet<>(field.choices()).size() != field.choices().size()) {
        problems.add(new FormProblem(field.key(), name + " har samma svarsalternativ två gånger."));
      } else if (field.choices().stream().anyMatch(c -> c == null || c.isBlank())) {
        problems.add(new FormProblem(field.key(), name + " har ett tomt svarsalternativ."));
      }
    } else if (!field.choices().isEmpty()) {
      problems.add(
          new FormProblem(
              field.key(),
              name + " har svarsalternativ men är av typen " + field.type().label() + "."));
    }
  }

  private static void checkValidation(FormField field, String name, List<FormProblem> problems) {
    FieldValidation v = field.validation();
    if (v.minLength() != null && v.minLength() < 0 || v.maxLength() != null && v.maxLength() < 1) {
      problems.add(new FormProblem(field.key(), name + ": längden kan inte vara negativ."));
    }
    if (v.minLength() != null && v.maxLength() != null && v.minLength() > v.maxLength()) {
      problems.add(
          new FormProblem(field.key(), name + ": minsta längd är större än största längd."));
    }
    if (v.min() != null && v.max() != null && v.min().compareTo(v.max()) > 0) {
      problems.add(
          new FormProblem(field.key(), name + ": minsta värde är större än största värde."));
    }
    if (v.pattern() != null) {
      try {
        Pattern.compile(v.pattern());
      } catch (PatternSyntaxException e) {
        problems.add(
            new FormProblem(
                field.key(), name + ": mönstret är inte ett giltigt reguljärt uttryck."));
      }
      if (v.patternMessage() == null) {
        problems.add(
            new FormProblem(
                field.key(),
                name + ": skriv vilket meddelande som visas när svaret inte följer mönstret."));
      }
    }
  }

  private static void checkFiles(FormField field, String name, List<FormProblem> problems) {
    if (field.type() == FieldType.FILE_UPLOAD) {
      FileLimits limits = field.files();
      if (limits.maxCount() < 1 || limits.maxBytes() < 1) {
        problems.add(
            new FormProblem(
                field.key(), name + ": ange hur många filer och hur stora som får bifogas."));
      }
    }
  }

  // ---- the answers ---------------------------------------------------------------------------

  /** Checks the answers to the whole form, as when a submission is sent in. */
  public static AnswerCheck check(Form form, Map<String, List<String>> answers) {
    return check(form, answers, form.fields());
  }

  /**
   * Checks only the fields of one page (0-based), as when a resident fills in the form step by
   * step. The answers may hold the earlier pages' answers too: they decide the conditions. Keys the
   * form does not have at all are refused whatever page they come with.
   */
  public static AnswerCheck checkPage(Form form, int page, Map<String, List<String>> answers) {
    if (page < 0 || page >= form.pages().size()) {
      throw new InvalidInput("page", "Sidan finns inte i formuläret.");
    }
    return check(form, answers, form.pages().get(page).fields());
  }

  /**
   * The keys of the fields shown with these answers. A field is hidden when its condition's field
   * does not have the value, or is itself hidden: conditions are followed all the way back.
   */
  public static Set<String> visibleFields(Form form, Map<String, List<String>> answers) {
    Set<String> visible = new HashSet<>();
    for (FormField field : form.fields()) {
      Condition c = field.condition();
      if (c == null
          || visible.contains(c.field())
              && values(answers, c.field()).stream().anyMatch(v -> v.strip().equals(c.value()))) {
        visible.add(field.key());
      }
    }
    return visible;
  }

  private static AnswerCheck check(
      Form form, Map<String, List<String>> raw, List<FormField> checked) {
    Map<String, List<String>> answers = raw == null ? Map.of() : raw;
    List<FormProblem> problems = new ArrayList<>();
    Map<String, List<String>> normalised = new LinkedHashMap<>();
    Set<String> known = new HashSet<>();
    for (FormField f : form.fields()) {
      if (f.type() == FieldType.ADDRESS) {
        ADDRESS_PARTS.forEach(part -> known.add(f.key() + "." + part));
      } else if (f.type() != null && f.type().answered()) {
        known.add(f.key());
      }
    }
    for (String key : answers.keySet()) {
      if (!key.startsWith("_") && !known.contains(key) && hasValue(answers.get(key))) {
        problems.add(new FormProblem(key, "Formuläret har inget fält ”" + key + "”."));
      }
    }
    Set<String> visible = visibleFields(form, answers);
    for (FormField field : checked) {
      if (field.type() == null || !field.type().answered()) {
        continue;
      }
      List<String> keys = keysOf(field);
      boolean answered = keys.stream().anyMatch(k -> hasValue(answers.get(k)));
      if (!visible.contains(field.key())) {
        if (answered) {
          problems.add(
              new FormProblem(
                  field.key(),
                  "”" + field.label() + "” ska inte besvaras med de svar du har lämnat."));
        }
        continue;
      }
      if (field.type() == FieldType.ADDRESS) {
        address(field, answers, answered, normalised, problems);
        continue;
      }
      List<String> values =
          values(answers, field.key()).stream()
              .map(String::strip)
              .filter(v -> !v.isEmpty())
              .toList();
      if (values.isEmpty()) {
        if (field.required()) {
          problems.add(new FormProblem(field.key(), missing(field)));
        }
        continue;
      }
      if (values.size() > 1
          && field.type() != FieldType.MULTIPLE_CHOICE
          && field.type() != FieldType.FILE_UPLOAD) {
        problems.add(new FormProblem(field.key(), "”" + field.label() + "” har bara ett svar."));
        continue;
      }
      try {
        normalised.put(field.key(), normalise(field, values));
      } catch (InvalidInput e) {
        problems.add(new FormProblem(field.key(), e.getMessage()));
      }
    }
    return new AnswerCheck(problems.isEmpty() ? normalised : Map.of(), problems);
  }

  private static void address(
      FormField field,
      Map<String, List<String>> answers,
      boolean answered,
      Map<String, List<String>> normalised,
      List<FormProblem> problems) {
    if (!answered && !field.required()) {
      return;
    }
    String street = single(answers, field.key() + ".street");
    String postcode = single(answers, field.key() + ".postcode");
    String city = single(answers, field.key() + ".city");
    boolean ok = true;
    if (street.isEmpty()) {
      problems.add(new FormProblem(field.key() + ".street", "Skriv gatuadress."));
      ok = false;
    } else if (street.length() > SHORT_TEXT_MAX) {
      problems.add(
          new FormProblem(field.key() + ".street", "Gatuadressen får vara högst 200 tecken."));
      ok = false;
    }
    var m = POSTCODE.matcher(postcode);
    if (!m.matches()) {
      problems.add(
          new FormProblem(
              field.key() + ".postcode", "Skriv postnumret med fem siffror, till exempel 981 31."));
      ok = false;
    }
    if (city.isEmpty()) {
      problems.add(new FormProblem(field.key() + ".city", "Skriv postort."));
      ok = false;
    } else if (city.length() > SHORT_TEXT_MAX) {
      problems.add(new FormProblem(field.key() + ".city", "Postorten får vara högst 200 tecken."));
      ok = false;
    }
    if (ok) {
      normalised.put(field.key() + ".street", List.of(street));
      normalised.put(field.key() + ".postcode", List.of(m.group(1) + " " + m.group(2)));
      normalised.put(field.key() + ".city", List.of(city));
    }
  }

  private static List<String> normalise(FormField field, List<String> values) {
    String label = "”" + field.label() + "”";
    String value = values.getFirst();
    FieldValidation v = field.validation();
    return switch (field.type()) {
      case SHORT_TEXT, LONG_TEXT -> {
        int max =
            v.maxLength() != null
                ? v.maxLength()
                : field.type() == FieldType.SHORT_TEXT ? SHORT_TEXT_MAX : LONG_TEXT_MAX;
        if (v.minLength() != null && value.length() < v.minLength()) {
          throw invalid(label + " ska vara minst " + v.minLength() + " tecken.");
        }
        if (value.length() > max) {
          throw invalid(label + " får vara högst " + max + " tecken.");
        }
        pattern(v, value);
        yield List.of(value);
      }
      case NUMBER -> {
        BigDecimal n;
        try {
          n = new BigDecimal(value.replace(" ", "").replace("\u00a0", "").replace(',', '.'));
        } catch (NumberFormatException e) {
          throw invalid(label + ": skriv ett tal, till exempel 12 eller 10,5.");
        }
        if (v.min() != null && n.compareTo(v.min()) < 0) {
          throw invalid(label + " ska vara minst " + swedish(v.min()) + ".");
        }
        if (v.max() != null && n.compareTo(v.max()) > 0) {
          throw invalid(label + " får vara högst " + swedish(v.max()) + ".");
        }
        yield List.of(n.stripTrailingZeros().toPlainString());
      }
      case DATE -> {
        try {
          yield List.of(LocalDate.parse(value).toString());
        } catch (DateTimeParseException e) {
          throw invalid(label + ": skriv datumet som ÅÅÅÅ-MM-DD, till exempel 2026-03-15.");
        }
      }
      case EMAIL -> {
        if (value.length() > 254 || !EMAIL.matcher(value).matches()) {
          throw invalid(label + ": skriv en e-postadress, till exempel namn@exempel.se.");
        }
        yield List.of(value);
      }
      case PHONE -> {
        if (!PHONE.matcher(value).matches()) {
          throw invalid(label + ": skriv ett telefonnummer med siffror, till exempel 0980-700 00.");
        }
        pattern(v, value);
        yield List.of(value);
      }
      case PERSONAL_IDENTITY_NUMBER -> {
        try {
          yield List.of(PersonalIdentityNumber.parse(value).value());
        } catch (InvalidInput e) {
          throw invalid(label + ": " + e.getMessage());
        }
      }
      case ORGANISATION_NUMBER -> {
        try {
          yield List.of(OrganisationNumber.parse(value).value());
        } catch (InvalidInput e) {
          throw invalid(label + ": " + e.getMessage());
        }
      }
      case SINGLE_CHOICE, MULTIPLE_CHOICE -> {
        for (String choice : values) {
          if (!field.choices().contains(choice)) {
            throw invalid(label + ": välj bland de svar som finns.");
          }
        }
        if (new HashSet<>(values).size() != values.size()) {
          throw invalid(label + ": samma svar har valts två gånger.");
        }
        // Stored in the form's order, whatever order the browser sent them in.
        yield field.choices().stream().filter(values::contains).toList();
      }
      case CHECKBOX -> {
        if (!CHECKED.equals(value)) {
          throw invalid(label + ": kryssrutan kan bara kryssas i.");
        }
        yield List.of(CHECKED);
      }
      case FILE_UPLOAD -> {
        if (values.size() > field.files().maxCount()) {
          throw invalid(label + ": högst " + field.files().maxCount() + " filer får bifogas.");
        }
        yield values;
      }
      case ADDRESS, INFORMATION_TEXT, SIGNATURE ->
          throw new IllegalStateException(field.type() + " has no single answer");
    };
  }

  private static void pattern(FieldValidation v, String value) {
    if (v.pattern() != null && !Pattern.compile(v.pattern()).matcher(value).matches()) {
      throw invalid(v.patternMessage() == null ? "Svaret har fel format." : v.patternMessage());
    }
  }

  private static String missing(FormField field) {
    return switch (field.type()) {
      case SINGLE_CHOICE, MULTIPLE_CHOICE -> "Välj ett svar på ”" + field.label() + "”.";
      case CHECKBOX -> "Kryssa i ”" + field.label() + "”.";
      case FILE_UPLOAD -> "Bifoga ”" + field.label() + "”.";
      default -> "Fyll i ”" + field.label() + "”.";
    };
  }

  private static List<String> keysOf(FormField field) {
    return field.type() == FieldType.ADDRESS
        ? ADDRESS_PARTS.stream().map(p -> field.key() + "." + p).toList()
        : List.of(field.key());
  }

  private static List<String> values(Map<String, List<String>> answers, String key) {
    List<String> values = answers.get(key);
    return values == null ? List.of() : values.stream().filter(v -> v != null).toList();
  }

  private static String single(Map<String, List<String>> answers, String key) {
    List<String> values = values(answers, key);
    return values.isEmpty() ? "" : values.getFirst().strip();
  }

  private static boolean hasValue(List<String> values) {
    return values != null && values.stream().anyMatch(v -> v != null && !v.isBlank());
  }

  private static String swedish(BigDecimal n) {
    return n.stripTrailingZeros().toPlainString().replace('.', ',');
  }

  private static InvalidInput invalid(String message) {
    return new InvalidInput("answer", message);
  }
}
