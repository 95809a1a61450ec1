package se.kansli.eservices;

import java.util.List;

/** One step of a form, filled in and checked on its own. */
public record FormPage(String title, List<FormField> fields) {

  public FormPage {
    fields = fields == null ? List.of() : List.copyOf(fields);
  }
}
