package se.kansli.eservices;

import java.util.ArrayList;
import java.util.List;
import se.kansli.shared.Conflict;
import se.kansli.shared.InvalidInput;
import se.kansli.shared.NotFound;

/**
 * The builder's changes to a draft's form, each giving a new form. Whether the result holds
 * together is checked by {@link FormRules#checkDefinition} before it is stored.
 */
final class FormEdits {

  private FormEdits() {}

  static Form addPage(Form form, String title) {
    List<FormPage> pages = new ArrayList<>(form.pages());
    pages.add(new FormPage(pageTitle(title), List.of()));
    return new Form(pages);
  }

  static Form renamePage(Form form, int page, String title) {
    List<FormPage> pages = new ArrayList<>(form.pages());
    pages.set(index(form, page), new FormPage(pageTitle(title), form.pages().get(page).fields()));
    return new Form(pages);
  }

  static Form removePage(Form form, int page) {
    List<FormPage> pages = new ArrayList<>(form.pages());
    if (!pages.get(index(form, page)).fields().isEmpty()) {
      throw new Conflict("page", "Ta bort sidans fält först; sidan har fält kvar.");
    }
    if (pages.size() == 1) {
      throw new Conflict("page", "Formuläret måste ha minst en sida.");
    }
    pages.remove(page);
    return new Form(pages);
  }

  static Form movePage(Form form, int page, int step) {
    List<FormPage> pages = new ArrayList<>(form.pages());
    int to = index(form, page) + step;
    if (to < 0 || to >= pages.size()) {
      return form;
    }
    pages.add(to, pages.remove(page));
    return new Form(pages);
  }

  /**
   * Puts a field on a page: a new one (no {@code originalKey}) at the end of the page, or a changed
   * one in its place. Changing a key also changes the conditions that name it.
   */
  static Form saveField(Form form, int page, String originalKey, FormField field) {
    index(form, page);
    List<FormPage> pages = new ArrayList<>();
    boolean replaced = false;
    for (int p = 0; p < form.pages().size(); p++) {
      List<FormField> fields = new ArrayList<>();
      for (FormField f : form.pages().get(p).fields()) {
        if (f.key().equals(originalKey)) {
          fields.add(field);
          replaced = true;
        } else {
          if (originalKey != null
              && f.condition() != null
              && f.condition().field().equals(originalKey)) {
            f = f.withCondition(new Condition(field.key(), f.condition().value()));
          }
          fields.add(f);
        }
      }
      if (originalKey == null && p == page) {
        fields.add(field);
        replaced = true;
      }
      pages.add(new FormPage(form.pages().get(p).title(), fields));
    }
    if (!replaced) {
      throw new NotFound("Fältet finns inte i formuläret.");
    }
    return new Form(pages);
  }

  static Form removeField(Form form, String key) {
    field(form, key);
    form.fields().stream()
        .filter(f -> f.condition() != null && f.condition().field().equals(key))
        .findFirst()
        .ifPresent(f -> {
          throw new Conflict(
              "field", "”" + f.label() + "” visas beroende av fältet; ändra det villkoret först.");
        });
    return new Form(
        form.pages().stream()
            .map(p ->
                new FormPage(
                    p.title(), p.fields().stream().filter(f -> !f.key().equals(key)).toList()))
            .toList());
  }

  /** Moves a field one step up or down; past the page's edge it moves to the next page. */
  static Form moveField(Form form, String key, int step) {
    field(form, key);
    List<List<FormField>> pages = new ArrayList<>();
    form.pages().forEach(p -> pages.add(new ArrayList<>(p.fields())));
    for (int p = 0; p < pages.size(); p++) {
      List<FormField> fields = pages.get(p);
      for (int i = 0; i < fields.size(); i++) {
        if (fields.get(i).key().equals(key)) {
          int to = i + step;
          if (to >= 0 && to < fields.size()) {
            fields.add(to, fields.remove(i));
          } else if (to < 0 && p > 0) {
            pages.get(p - 1).add(fields.remove(i));
          } else if (to >= fields.size() && p < pages.size() - 1) {
            pages.get(p + 1).addFirst(fields.remove(i));
          }
          List<FormPage> result = new ArrayList<>();
          for (int q = 0; q < pages.size(); q++) {
            result.add(new FormPage(form.pages().get(q).title(), pages.get(q)));
          }
          return new Form(result);
        }
      }
    }
    return form;
  }

  static FormField field(Form form, String key) {
    return form.field(key).orElseThrow(() -> new NotFound("Fältet finns inte i formuläret."));
  }

  private static int index(Form form, int page) {
    if (page < 0 || page >= form.pages().size()) {
      throw new NotFound("Sidan finns inte i formuläret.");
    }
    return page;
  }

  private static String pageTitle(String title) {
    if (title == null || title.isBlank()) {
      throw new InvalidInput("pageTitle", "Skriv sidans rubrik.");
    }
    if (title.length() > 200) {
      throw new InvalidInput("pageTitle", "Rubriken får vara högst 200 tecken.");
    }
    return title.strip();
  }
}
