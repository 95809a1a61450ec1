package se.kansli.eservices;

import java.util.List;
import java.util.Optional;

/** The form of an e-service version: its pages in order, each with its fields. */
public record Form(List<FormPage> pages) {

  public static final Form EMPTY = new Form(List.of(new FormPage("Uppgifter", List.of())));

  public Form {
    pages = pages == null ? List.of() : List.copyOf(pages);
  }

  /** Every field of every page, in the order the resident meets them. */
  public List<FormField> fields() {
    return pages.stream().flatMap(p -> p.fields().stream()).toList();
  }

  public Optional<FormField> field(String key) {
    return fields().stream().filter(f -> f.key().equals(key)).findFirst();
  }
}
