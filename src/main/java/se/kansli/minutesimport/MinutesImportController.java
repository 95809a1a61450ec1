package se.kansli.minutesimport;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.kansli.organisations.OrganisationDirectory;
import se.kansli.registry.ClassificationScheme;
import se.kansli.shared.Actor;
import se.kansli.shared.Actors;
import se.kansli.shared.Conflict;
import se.kansli.shared.FormValues;
import se.kansli.shared.InvalidInput;

/** The registrar's pages: upload old minutes, review what was read, commit. */
@Controller
class MinutesImportController {

  private final MinutesImports imports;
  private final OrganisationDirectory organisations;
  private final ClassificationScheme scheme;

  MinutesImportController(
      MinutesImports imports, OrganisationDirectory organisations, ClassificationScheme scheme) {
    this.imports = imports;
    this.organisations = organisations;
    this.scheme = scheme;
  }

  @GetMapping("/minutes-import")
  String start(Model model) {
    return start(model, Map.of());
  }

  @PostMapping("/minutes-import")
  String upload(
      @RequestParam(required = false) String organisation,
      @RequestParam(required = false) MultipartFile file,
      Model model)
      throws IOException {
    Actor actor = Actors.required();
    try {
      ImportView read =
          imports.read(
              organisation,
              file == null ? null : file.getOriginalFilename(),
              file == null ? null : file.getBytes(),
              actor);
      return "redirect:/minutes-import/" + read.id();
    } catch (InvalidInput e) {
      return start(model, Map.of(e.field(), e.getMessage()));
    }
  }

  @GetMapping("/minutes-import/{id}")
  String review(@PathVariable UUID id, Model model) {
    ImportView view = imports.get(id, Actors.required());
    return review(model, view, view.display(), Map.of());
  }

  @PostMapping("/minutes-import/{id}/commit")
  String commit(
      @PathVariable UUID id,
      @RequestParam MultiValueMap<String, String> form,
      Model model,
      RedirectAttributes r) {
    Actor actor = Actors.required();
    ImportView view = imports.get(id, actor);
    ReviewedMinutes reviewed = null;
    try {
      reviewed = reviewed(form);
      imports.commit(id, reviewed, actor);
    } catch (InvalidInput | Conflict e) {
      String field = e.field();
      return review(
          model, view, reviewed == null ? view.display() : reviewed, Map.of(field, e.getMessage()));
    }
    r.addFlashAttribute("flash", "Protokollet är inläst i diariet och bland sammanträdena.");
    return "redirect:/minutes-import/" + id;
  }

  private String start(Model model, Map<String, String> errors) {
    Actor actor = Actors.required();
    model.addAttribute("imports", imports.recent(actor));
    model.addAttribute(
        "organisations",
        organisations.all().stream().filter(o -> actor.belongsTo(o.id())).toList());
    model.addAttribute("errors", errors);
    return "minutesimport/start";
  }

  private String review(
      Model model, ImportView view, ReviewedMinutes shown, Map<String, String> errors) {
    model.addAttribute("import", view);
    model.addAttribute("minutes", shown);
    model.addAttribute("classes", scheme.current());
    model.addAttribute("errors", errors);
    return "minutesimport/review";
  }

  static ReviewedMinutes reviewed(MultiValueMap<String, String> form) {
    int count = Integer.parseInt(form.getFirst("count"));
    List<ReviewedMinutes.Item> items = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      items.add(
          new ReviewedMinutes.Item(
              number(form.getFirst("number_" + i)),
              form.getFirst("title_" + i),
              form.getFirst("caseNumber_" + i),
              form.getFirst("decision_" + i),
              form.getFirst("summary_" + i),
              form.getFirst("proceedings_" + i),
              lines(form.getFirst("basis_" + i)),
              lines(form.getFirst("recipients_" + i))));
    }
    return new ReviewedMinutes(
        form.getFirst("bodyName"),
        FormValues.date(form.getFirst("date"), "date"),
        form.getFirst("classificationCode"),
        items);
  }

  private static int number(String value) {
    try {
      return Integer.parseInt(value.strip());
    } catch (NumberFormatException | NullPointerException e) {
      throw new InvalidInput("items", "Paragrafnumret måste vara ett heltal: " + value);
    }
  }

  private static List<String> lines(String text) {
    return text == null
        ? List.of()
        : text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
  }
}
