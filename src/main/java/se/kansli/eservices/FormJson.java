package se.kansli.eservices;

import java.util.ArrayList;
import java.util.List;
import se.kansli.shared.InvalidInput;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * A version's form as a JSON file, for moving a form between organisations or installations.
 * Reading never trusts the file: unknown field types and every problem {@link FormRules} finds are
 * answered in Swedish, and nothing is kept of a file with a problem.
 */
final class FormJson {

  static final String FORMAT = "kansli-e-service-form/1";

  /** The exported file. */
  record Document(String format, String eService, int version, Form form) {}

  // What is read: the type as text, so that an unknown type gets a message of its own.
  record ReadDocument(String format, ReadForm form) {}

  record ReadForm(List<ReadPage> pages) {}

  record ReadPage(String title, List<ReadField> fields) {}

  record ReadField(
      String key,
      String type,
      String label,
      String help,
      Boolean required,
      FieldValidation validation,
      List<String> choices,
      Condition condition,
      FileLimits files) {}

  private FormJson() {}

  static String write(JsonMapper json, EServiceVersionView version) {
    return json.writerWithDefaultPrettyPrinter()
        .writeValueAsString(
            new Document(FORMAT, version.title(), version.number(), version.form()));
  }

  static Form read(JsonMapper json, String text) {
    if (text == null || text.isBlank()) {
      throw new InvalidInput("json", "Välj en JSON-fil med ett formulär.");
    }
    ReadDocument document;
    try {
      document = json.readValue(text, ReadDocument.class);
    } catch (JacksonException e) {
      throw new InvalidInput(
          "json",
          "Filen är inte ett formulär i JSON som Kansli kan läsa"
              + (e.getLocation() == null ? "." : " (rad " + e.getLocation().getLineNr() + ")."));
    }
    if (document == null || document.form() == null || document.form().pages() == null) {
      throw new InvalidInput("json", "Filen saknar formulärets sidor (”form”.”pages”).");
    }
    if (document.format() != null && !FORMAT.equals(document.format())) {
      throw new InvalidInput("json", "Filen har ett okänt format: " + document.format() + ".");
    }
    return form(document.form(), "json", "Formuläret i filen har fel: ");
  }

  /** A bare form ({@code {"pages": [...]}}), as the API's form update sends it. */
  static Form readForm(JsonMapper json, String text) {
    ReadForm form;
    try {
      form = text == null || text.isBlank() ? null : json.readValue(text, ReadForm.class);
    } catch (JacksonException e) {
      throw new InvalidInput("form", "Formuläret är inte JSON som Kansli kan läsa.");
    }
    if (form == null || form.pages() == null) {
      throw new InvalidInput("form", "Formuläret saknar sidor (”pages”).");
    }
    return form(form, "form", "");
  }

  private static Form form(ReadForm read, String field, String prefix) {
    List<FormPage> pages = new ArrayList<>();
    for (ReadPage page : read.pages()) {
      List<FormField> fields = new ArrayList<>();
      for (ReadField f : page.fields() == null ? List.<ReadField>of() : page.fields()) {
        fields.add(
            new FormField(
                f.key(),
                type(f, field),
                f.label(),
                f.help(),
                Boolean.TRUE.equals(f.required()),
                f.validation(),
                f.choices(),
                f.condition(),
                f.files()));
      }
      pages.add(new FormPage(page.title(), fields));
    }
    Form form = new Form(pages);
    List<FormProblem> problems = FormRules.checkDefinition(form);
    if (!problems.isEmpty()) {
      throw new InvalidInput(
          field, prefix + String.join(" ", problems.stream().map(FormProblem::message).toList()));
    }
    return form;
  }

  private static FieldType type(ReadField f, String field) {
    try {
      return FieldType.valueOf(f.type());
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new InvalidInput(
          "json",
          "Fältet ”"
              + f.key()
              + "” har en okänd fälttyp: "
              + f.type()
              + ". Kända typer är "
              + String.join(
                  ", ", java.util.Arrays.stream(FieldType.values()).map(Enum::name).toList())
              + ".");
    }
  }
}
