package se.kansli.eservices;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.kansli.organisations.OrganisationDirectory;
import se.kansli.shared.Actor;
import se.kansli.shared.Actors;
import se.kansli.shared.Conflict;
import se.kansli.shared.FormValues;
import se.kansli.shared.InvalidInput;

/**
 * The e-service builder: an organisation's e-services, their settings and versions, and a draft's
 * pages and fields, all with plain forms. A refused command shows the page again with the message
 * beside the input and what was typed kept.
 */
@Controller
class EServiceAdminController {

  private static final String BASE = "/eservices/admin";

  private final EServices eservices;
  private final OrganisationDirectory organisations;

  EServiceAdminController(EServices eservices, OrganisationDirectory organisations) {
    this.eservices = eservices;
    this.organisations = organisations;
  }

  @GetMapping(BASE)
  String list(Model model) {
    return overview(model, Map.of(), Map.of());
  }

  @PostMapping(BASE)
  String create(@RequestParam Map<String, String> form, Model model, RedirectAttributes r) {
    try {
      EServiceView created = eservices.create(settings(form), Actors.required());
      r.addFlashAttribute("flash", created.title() + " är skapad med ett tomt utkast.");
      return "redirect:" + BASE + "/" + created.id();
    } catch (InvalidInput | Conflict e) {
      return overview(model, form, Map.of(e.field(), e.getMessage()));
    }
  }

  @GetMapping(BASE + "/{id}")
  String service(@PathVariable EServiceId id, Model model) {
    return servicePage(model, id, null, Map.of());
  }

  @PostMapping(BASE + "/{id}")
  String update(
      @PathVariable EServiceId id,
      @RequestParam Map<String, String> form,
      Model model,
      RedirectAttributes r) {
    try {
      eservices.update(id, settings(form), Actors.required());
    } catch (InvalidInput | Conflict e) {
      return servicePage(model, id, form, Map.of(e.field(), e.getMessage()));
    }
    r.addFlashAttribute("flash", "Inställningarna är sparade.");
    return "redirect:" + BASE + "/" + id;
  }

  @PostMapping(BASE + "/{id}/drafts")
  String newDraft(@PathVariable EServiceId id, Model model, RedirectAttributes r) {
    try {
      EServiceVersionView draft = eservices.newDraft(id, Actors.required());
      r.addFlashAttribute("flash", "Utkast version " + draft.number() + " är skapat.");
      return "redirect:" + BASE + "/versions/" + draft.id();
    } catch (Conflict e) {
      return servicePage(model, id, null, Map.of("version", e.getMessage()));
    }
  }

  @PostMapping(BASE + "/{id}/import")
  String importDraft(
      @PathVariable EServiceId id,
      @RequestParam(required = false) MultipartFile json,
      Model model,
      RedirectAttributes r)
      throws IOException {
    try {
      String text =
          json == null || json.isEmpty()
              ? null
              : new String(json.getBytes(), StandardCharsets.UTF_8);
      EServiceVersionView draft = eservices.importDraft(id, text, Actors.required());
      r.addFlashAttribute(
          "flash", "Formuläret är inläst som utkast version " + draft.number() + ".");
      return "redirect:" + BASE + "/versions/" + draft.id();
    } catch (InvalidInput | Conflict e) {
      return servicePage(model, id, null, Map.of("json", e.getMessage()));
    }
  }

  @PostMapping(BASE + "/{id}/activations")
  String activation(
      @PathVariable EServiceId id,
      @RequestParam(required = false) String municipality,
      @RequestParam(defaultValue = "on") String action,
      Model model,
      RedirectAttributes r) {
    Actor actor = Actors.required();
    EServiceView service;
    try {
      if ("off".equals(action)) {
        service = eservices.deactivate(id, municipality, actor);
        r.addFlashAttribute("flash", "E-tjänsten är avstängd i kommunen.");
      } else {
        service = eservices.activate(id, municipality, actor);
        r.addFlashAttribute("flash", "E-tjänsten är påslagen i kommunen.");
      }
    } catch (InvalidInput | Conflict e) {
      return servicePage(model, id, null, Map.of("municipality", e.getMessage()));
    }
    // A municipality's administrator switches it from the list; the committee's own page is not
    // theirs to see.
    return actor.belongsTo(se.kansli.shared.OrganisationId.of(service.organisation()))
        ? "redirect:" + BASE + "/" + id
        : "redirect:" + BASE;
  }

  // ---- a version -------------------------------------------------------------------------------

  @GetMapping(BASE + "/versions/{v}")
  String version(@PathVariable EServiceVersionId v, Model model) {
    return versionPage(model, v, Map.of(), Map.of());
  }

  @PostMapping(BASE + "/versions/{v}/publish")
  String publish(@PathVariable EServiceVersionId v, Model model, RedirectAttributes r) {
    return act(
        v,
        model,
        r,
        Map.of(),
        "Versionen är publicerad.",
        () -> eservices.publish(v, Actors.required()));
  }

  @PostMapping(BASE + "/versions/{v}/retire")
  String retire(@PathVariable EServiceVersionId v, Model model, RedirectAttributes r) {
    return act(
        v,
        model,
        r,
        Map.of(),
        "Versionen är tillbakadragen.",
        () -> eservices.retire(v, Actors.required()));
  }

  @PostMapping(BASE + "/versions/{v}/discard")
  String discard(@PathVariable EServiceVersionId v, Model model, RedirectAttributes r) {
    try {
      EServiceView service = eservices.discardDraft(v, Actors.required());
      r.addFlashAttribute("flash", "Utkastet är borttaget.");
      return "redirect:" + BASE + "/" + service.id();
    } catch (Conflict e) {
      return versionPage(model, v, Map.of(), Map.of("version", e.getMessage()));
    }
  }

  @PostMapping(BASE + "/versions/{v}/pages")
  String addPage(
      @PathVariable EServiceVersionId v,
      @RequestParam Map<String, String> form,
      Model model,
      RedirectAttributes r) {
    return act(
        v,
        model,
        r,
        form,
        "Sidan är tillagd.",
        () -> eservices.addPage(v, form.get("pageTitle"), Actors.required()));
  }

  @PostMapping(BASE + "/versions/{v}/pages/{page}")
  String changePage(
      @PathVariable EServiceVersionId v,
      @PathVariable int page,
      @RequestParam Map<String, String> form,
      Model model,
      RedirectAttributes r) {
    Actor actor = Actors.required();
    String action = form.getOrDefault("action", "");
    return act(
        v,
        model,
        r,
        Map.of(),
        "Sidan är ändrad.",
        () ->
            switch (action) {
              case "up" -> eservices.movePage(v, page, -1, actor);
              case "down" -> eservices.movePage(v, page, 1, actor);
              case "remove" -> eservices.removePage(v, page, actor);
              default -> eservices.renamePage(v, page, form.get("pageTitle"), actor);
            });
  }

  @GetMapping(BASE + "/versions/{v}/fields/new")
  String newField(@PathVariable EServiceVersionId v, @RequestParam int page, Model model) {
    Map<String, String> form = new HashMap<>();
    form.put("page", String.valueOf(page));
    form.put("type", FieldType.SHORT_TEXT.name());
    return fieldPage(model, v, null, form, Map.of());
  }

  @GetMapping(BASE + "/versions/{v}/fields/{key}")
  String editField(@PathVariable EServiceVersionId v, @PathVariable String key, Model model) {
    EServiceVersionView version = eservices.version(v, Actors.required());
    FormField field = FormEdits.field(version.form(), key);
    return fieldPage(model, v, key, typed(version.form(), field), Map.of());
  }

  @PostMapping(BASE + "/versions/{v}/fields")
  String saveField(
      @PathVariable EServiceVersionId v,
      @RequestParam Map<String, String> form,
      Model model,
      RedirectAttributes r) {
    String original = blank(form.get("originalKey"));
    try {
      eservices.saveField(
          v,
          FormValues.integer(form.get("page"), "page"),
          original,
          field(form),
          Actors.required());
    } catch (InvalidInput | Conflict e) {
      return fieldPage(model, v, original, form, Map.of(e.field(), e.getMessage()));
    }
    r.addFlashAttribute("flash", "Fältet är sparat.");
    return "redirect:" + BASE + "/versions/" + v + "#field-" + form.get("key");
  }

  @PostMapping(BASE + "/versions/{v}/fields/{key}/move")
  String moveField(
      @PathVariable EServiceVersionId v,
      @PathVariable String key,
      @RequestParam int step,
      Model model,
      RedirectAttributes r) {
    return act(
        v,
        model,
        r,
        Map.of(),
        "Fältet är flyttat.",
        () -> eservices.moveField(v, key, step < 0 ? -1 : 1, Actors.required()));
  }

  @PostMapping(BASE + "/versions/{v}/fields/{key}/remove")
  String removeField(
      @PathVariable EServiceVersionId v,
      @PathVariable String key,
      Model model,
      RedirectAttributes r) {
    return act(
        v,
        model,
        r,
        Map.of(),
        "Fältet är borttaget.",
        () -> eservices.removeField(v, key, Actors.required()));
  }

  @GetMapping(BASE + "/versions/{v}/preview")
  String preview(@PathVariable EServiceVersionId v, Model model) {
    EServiceVersionView version = eservices.version(v, Actors.required());
    model.addAttribute("version", version);
    model.addAttribute("values", Map.of());
    model.addAttribute("errors", Map.of());
    return "eservices/preview";
  }

  @GetMapping(BASE + "/versions/{v}/export")
  ResponseEntity<byte[]> export(@PathVariable EServiceVersionId v) {
    Actor actor = Actors.required();
    EServiceVersionView version = eservices.version(v, actor);
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_JSON)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename(version.slug() + "-version-" + version.number() + ".json")
                .build()
                .toString())
        .body(eservices.export(v, actor).getBytes(StandardCharsets.UTF_8));
  }

  // ---- inside --------------------------------------------------------------------------------

  private String act(
      EServiceVersionId v,
      Model model,
      RedirectAttributes r,
      Map<String, String> form,
      String done,
      Supplier<EServiceVersionView> command) {
    try {
      command.get();
    } catch (InvalidInput | Conflict e) {
      return versionPage(model, v, form, Map.of(e.field(), e.getMessage()));
    }
    r.addFlashAttribute("flash", done);
    return "redirect:" + BASE + "/versions/" + v;
  }

  private String overview(Model model, Map<String, String> form, Map<String, String> errors) {
    Actor actor = Actors.required();
    model.addAttribute("services", eservices.list(actor));
    model.addAttribute("offers", eservices.committeeOffers(actor));
    model.addAttribute(
        "organisations",
        organisations.all().stream()
            .filter(o -> eservices.mayAdminister(o.id().value(), actor))
            .toList());
    model.addAttribute(
        "municipalities",
        organisations.all().stream()
            .filter(o -> actor.belongsTo(o.id()))
            .filter(o -> o.kind() == se.kansli.organisations.Organisation.Kind.MUNICIPALITY)
            .toList());
    model.addAttribute("signings", SigningRequirement.values());
    model.addAttribute("form", new HashMap<>(form));
    model.addAttribute("errors", errors);
    return "eservices/admin-list";
  }

  private String servicePage(
      Model model, EServiceId id, Map<String, String> form, Map<String, String> errors) {
    Actor actor = Actors.required();
    EServiceView service = eservices.get(id, actor);
    Map<String, String> typed = form == null ? typed(service) : new HashMap<>(form);
    model.addAttribute("service", service);
    model.addAttribute("editor", eservices.mayAdminister(service.organisation(), actor));
    model.addAttribute(
        "municipalities",
        organisations.all().stream()
            .filter(o -> o.kind() == se.kansli.organisations.Organisation.Kind.MUNICIPALITY)
            .toList());
    model.addAttribute("signings", SigningRequirement.values());
    model.addAttribute("form", typed);
    model.addAttribute("errors", errors);
    return "eservices/admin-service";
  }

  private String versionPage(
      Model model, EServiceVersionId v, Map<String, String> form, Map<String, String> errors) {
    Actor actor = Actors.required();
    EServiceVersionView version = eservices.version(v, actor);
    model.addAttribute("version", version);
    model.addAttribute("editor", eservices.mayAdminister(version.organisation(), actor));
    model.addAttribute("form", new HashMap<>(form));
    model.addAttribute("errors", errors);
    return "eservices/admin-version";
  }

  private String fieldPage(
      Model model,
      EServiceVersionId v,
      String originalKey,
      Map<String, String> form,
      Map<String, String> errors) {
    EServiceVersionView version = eservices.version(v, Actors.required());
    // The fields a condition may name: answered fields before this one (all of them for a new
    // field, which goes last on its page; FormRules refuses a later one on saving).
    List<FormField> earlier = new ArrayList<>();
    for (FormField f : version.form().fields()) {
      if (f.key().equals(originalKey)) {
        break;
      }
      if (f.type().answered()
          && f.type() != FieldType.ADDRESS
          && f.type() != FieldType.FILE_UPLOAD) {
        earlier.add(f);
      }
    }
    Map<String, List<String>> answers = new LinkedHashMap<>();
    earlier.forEach(f ->
        answers.put(
            f.key(),
            f.type().hasChoices()
                ? f.choices()
                : f.type() == FieldType.CHECKBOX ? List.of(FormRules.CHECKED) : List.of()));
    model.addAttribute("version", version);
    model.addAttribute("originalKey", originalKey);
    model.addAttribute("earlier", earlier);
    model.addAttribute("conditionValues", answers);
    model.addAttribute("types", FieldType.values());
    model.addAttribute("form", new HashMap<>(form));
    model.addAttribute("errors", errors);
    return "eservices/admin-field";
  }

  private static EServiceSettings settings(Map<String, String> form) {
    return new EServiceSettings(
        form.get("organisation"),
        form.get("title"),
        form.get("description"),
        form.get("category"),
        form.get("classificationCode"),
        form.get("officerGroup"),
        form.get("loginRequired") == null ? null : "true".equals(form.get("loginRequired")),
        signing(form.get("signing")),
        lines(form.get("statuses")),
        FormValues.integer(form.get("handlingDays"), "handlingDays"));
  }

  private static SigningRequirement signing(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return SigningRequirement.valueOf(value);
    } catch (IllegalArgumentException e) {
      throw new InvalidInput("signing", "Ogiltigt val.");
    }
  }

  private static Map<String, String> typed(EServiceView s) {
    Map<String, String> form = new HashMap<>();
    form.put("title", s.title());
    form.put("description", s.description());
    form.put("category", s.category());
    form.put("classificationCode", s.classificationCode());
    form.put("officerGroup", s.officerGroup());
    form.put("loginRequired", String.valueOf(s.loginRequired()));
    form.put("signing", s.signing().name());
    form.put("statuses", String.join("\n", s.statuses()));
    form.put("handlingDays", String.valueOf(s.handlingDays()));
    return form;
  }

  private static Map<String, String> typed(Form form, FormField f) {
    Map<String, String> typed = new HashMap<>();
    for (int p = 0; p < form.pages().size(); p++) {
      if (form.pages().get(p).fields().contains(f)) {
        typed.put("page", String.valueOf(p));
      }
    }
    typed.put("key", f.key());
    typed.put("type", f.type().name());
    typed.put("label", f.label());
    typed.put("help", f.help());
    typed.put("required", f.required() ? "true" : null);
    typed.put("choices", String.join("\n", f.choices()));
    FieldValidation v = f.validation();
    typed.put("minLength", v.minLength() == null ? null : v.minLength().toString());
    typed.put("maxLength", v.maxLength() == null ? null : v.maxLength().toString());
    typed.put("min", v.min() == null ? null : v.min().toPlainString());
    typed.put("max", v.max() == null ? null : v.max().toPlainString());
    typed.put("pattern", v.pattern());
    typed.put("patternMessage", v.patternMessage());
    if (f.condition() != null) {
      typed.put("conditionField", f.condition().field());
      typed.put("conditionValue", f.condition().value());
    }
    if (f.files() != null) {
      typed.put("maxCount", String.valueOf(f.files().maxCount()));
      typed.put("maxMegabytes", String.valueOf(Math.max(1, f.files().maxBytes() / (1024 * 1024))));
      typed.put("contentTypes", String.join("\n", f.files().contentTypes()));
    }
    return typed;
  }

  private static FormField field(Map<String, String> form) {
    FieldType type;
    try {
      type = FieldType.valueOf(form.getOrDefault("type", ""));
    } catch (IllegalArgumentException e) {
      throw new InvalidInput("type", "Välj fälttyp.");
    }
    String conditionField = blank(form.get("conditionField"));
    Condition condition =
        conditionField == null
            ? null
            : new Condition(conditionField, blank(form.get("conditionValue")));
    FileLimits files =
        type == FieldType.FILE_UPLOAD
            ? new FileLimits(
                orDefault(FormValues.integer(form.get("maxCount"), "maxCount"), 1),
                orDefault(FormValues.integer(form.get("maxMegabytes"), "maxMegabytes"), 10)
                    * 1024L
                    * 1024L,
                lines(form.get("contentTypes")))
            : null;
    return new FormField(
        blank(form.get("key")) == null ? null : form.get("key").strip(),
        type,
        blank(form.get("label")),
        blank(form.get("help")),
        "true".equals(form.get("required")),
        new FieldValidation(
            FormValues.integer(form.get("minLength"), "minLength"),
            FormValues.integer(form.get("maxLength"), "maxLength"),
            number(form.get("min"), "min"),
            number(form.get("max"), "max"),
            blank(form.get("pattern")),
            blank(form.get("patternMessage"))),
        type.hasChoices() ? lines(form.get("choices")) : List.of(),
        condition,
        files);
  }

  private static int orDefault(Integer value, int fallback) {
    return value == null ? fallback : value;
  }

  private static BigDecimal number(String value, String field) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return new BigDecimal(value.strip().replace(',', '.').replace(" ", ""));
    } catch (NumberFormatException e) {
      throw new InvalidInput(field, "Skriv ett tal, till exempel 10 eller 2,5.");
    }
  }

  private static List<String> lines(String text) {
    return text == null
        ? List.of()
        : Arrays.stream(text.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  private static String blank(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
