package se.kansli.eservices;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * One page of a filled-in form as the summary, the PDF and the receipt show it: the visible fields'
 * labels with the answers in words (an address on one line, files by name).
 */
public record AnsweredPage(int index, String title, List<Line> lines) {

  public record Line(String key, String label, String value) {}

  /** The visible, answered fields of every page. */
  public static List<AnsweredPage> of(
      Form form, Map<String, List<String>> answers, List<DraftFileView> files) {
    Set<String> visible = FormRules.visibleFields(form, answers);
    List<AnsweredPage> pages = new ArrayList<>();
    for (int p = 0; p < form.pages().size(); p++) {
      FormPage page = form.pages().get(p);
      List<Line> lines = new ArrayList<>();
      for (FormField f : page.fields()) {
        if (!f.type().answered() || !visible.contains(f.key())) {
          continue;
        }
        lines.add(new Line(f.key(), f.label(), value(f, answers, files)));
      }
      pages.add(new AnsweredPage(p, page.title(), lines));
    }
    return pages;
  }

  private static String value(
      FormField f, Map<String, List<String>> answers, List<DraftFileView> files) {
    return switch (f.type()) {
      case ADDRESS -> {
        String street = first(answers, f.key() + ".street");
        String postcode = first(answers, f.key() + ".postcode");
        String city = first(answers, f.key() + ".city");
        yield street.isEmpty() ? "" : street + ", " + postcode + " " + city;
      }
      case FILE_UPLOAD ->
          String.join(
              ", ",
              answers.getOrDefault(f.key(), List.of()).stream()
                  .map(id ->
                      files.stream()
                          .filter(file -> file.id().equals(UUID.fromString(id)))
                          .map(DraftFileView::fileName)
                          .findFirst()
                          .orElse(id))
                  .toList());
      default -> String.join(", ", answers.getOrDefault(f.key(), List.of()));
    };
  }

  private static String first(Map<String, List<String>> answers, String key) {
    List<String> v = answers.get(key);
    return v == null || v.isEmpty() ? "" : v.getFirst();
  }
}
