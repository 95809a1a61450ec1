package se.kansli.eservices;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import se.kansli.shared.FieldProblem;
import se.kansli.shared.NotFound;

/**
 * The resident's way through an e-service, without JavaScript: start, the form's pages one at a
 * time (plain form posts with "Fortsätt", "Tillbaka" and "Spara och fortsätt senare"), the summary,
 * sending in and the receipt. Anonymous drafts are found by a random token in an HttpOnly cookie.
 */
@Controller
class ResidentFormController {

  static final String COOKIE = "kansli_etjanst";
  private static final SecureRandom RANDOM = new SecureRandom();

  private final ResidentDrafts drafts;
  private final ResidentSubmissions submissions;
  private final ResidentAccounts accounts;
  private final ResidentSignatures signatures;

  ResidentFormController(
      ResidentDrafts drafts,
      ResidentSubmissions submissions,
      ResidentAccounts accounts,
      ResidentSignatures signatures) {
    this.drafts = drafts;
    this.submissions = submissions;
    this.accounts = accounts;
    this.signatures = signatures;
  }

  @GetMapping("/e-tjanster/{organisation}/{slug}/start")
  String start(
      @PathVariable String organisation,
      @PathVariable String slug,
      HttpServletRequest request,
      HttpServletResponse response) {
    if (drafts.loginRequired(organisation, slug) && ResidentSecurity.current().isEmpty()) {
      String here = "/e-tjanster/" + organisation + "/" + slug + "/start";
      return "redirect:"
          + ResidentSecurity.LOGIN
          + "?fortsatt="
          + URLEncoder.encode(here, StandardCharsets.UTF_8)
          + "&organisation="
          + URLEncoder.encode(organisation, StandardCharsets.UTF_8);
    }
    DraftView draft = drafts.start(organisation, slug, owner(request, response, true));
    return "redirect:/e-tjanster/utkast/" + draft.id() + "/steg/1";
  }

  @GetMapping("/e-tjanster/utkast/{id}/steg/{step}")
  String step(
      @PathVariable UUID id,
      @PathVariable int step,
      HttpServletRequest request,
      HttpServletResponse response,
      Model model) {
    DraftView draft = drafts.get(id, owner(request, response, false));
    if (draft.awaitingSignatures() && draft.submission() == null) {
      return "redirect:" + SignatureProgressController.path(id);
    }
    return stepPage(model, draft, step, draft.answers(), Map.of());
  }

  @PostMapping("/e-tjanster/utkast/{id}/steg/{step}")
  String save(
      @PathVariable UUID id,
      @PathVariable int step,
      @RequestParam MultiValueMap<String, String> params,
      @RequestParam(name = "_action", defaultValue = "fortsatt") String action,
      HttpServletRequest request,
      HttpServletResponse response,
      Model model) {
    DraftOwner owner = owner(request, response, false);
    DraftView draft = drafts.get(id, owner);
    if (step < 1 || step > draft.form().pages().size()) {
      throw new NotFound("Sidan finns inte.");
    }
    if (action.startsWith("ta-bort-fil:")) {
      drafts.removeFile(id, owner, fileId(action.substring("ta-bort-fil:".length())));
      return "redirect:/e-tjanster/utkast/" + id + "/steg/" + step;
    }
    Map<String, List<String>> posted = new LinkedHashMap<>(params);
    AnswerCheck check;
    try {
      check =
          drafts.savePage(id, owner, step - 1, posted, files(request), action.equals("fortsatt"));
    } catch (FieldProblem e) {
      return stepPage(model, draft, step, posted, Map.of(e.field(), e.getMessage()));
    }
    if (!check.ok()) {
      Map<String, String> errors = new LinkedHashMap<>();
      check.problems().forEach(p -> errors.putIfAbsent(p.field(), p.message()));
      Map<String, List<String>> shown = new LinkedHashMap<>(draft.answers());
      shown.putAll(posted);
      return stepPage(model, draft, step, shown, errors);
    }
    return switch (action) {
      case "tillbaka" ->
          step > 1
              ? "redirect:/e-tjanster/utkast/" + id + "/steg/" + (step - 1)
              : "redirect:/e-tjanster/utkast/" + id + "/steg/1";
      case "spara" -> "redirect:/e-tjanster/utkast/" + id + "/sparat";
      default ->
          step < draft.form().pages().size()
              ? "redirect:/e-tjanster/utkast/" + id + "/steg/" + (step + 1)
              : "redirect:/e-tjanster/utkast/" + id + "/granska";
    };
  }

  @GetMapping("/e-tjanster/utkast/{id}/sparat")
  String saved(
      @PathVariable UUID id,
      HttpServletRequest request,
      HttpServletResponse response,
      Model model) {
    model.addAttribute("draft", drafts.get(id, owner(request, response, false)));
    return "eservices/resident/saved";
  }

  @GetMapping("/e-tjanster/utkast/{id}/granska")
  String summary(
      @PathVariable UUID id,
      HttpServletRequest request,
      HttpServletResponse response,
      Model model) {
    DraftOwner owner = owner(request, response, false);
    return summaryPage(model, drafts.get(id, owner), owner, Map.of());
  }

  @PostMapping("/e-tjanster/utkast/{id}/skicka")
  String submit(
      @PathVariable UUID id,
      HttpServletRequest request,
      HttpServletResponse response,
      Model model) {
    DraftOwner owner = owner(request, response, false);
    try {
      ResidentSubmissionView submitted = submissions.submit(id, owner);
      return "redirect:" + receiptPath(submitted);
    } catch (FieldProblem e) {
      return summaryPage(model, drafts.get(id, owner), owner, Map.of(e.field(), e.getMessage()));
    }
  }

  /**
   * The signing form's buttons: "Lägg till medundertecknare" and each row's "Ta bort" show the page
   * again with one row more or less (without JavaScript, and without saving anything); the main
   * button sends the answers for signing.
   */
  @PostMapping("/e-tjanster/utkast/{id}/skriv-under")
  String sign(
      @PathVariable UUID id,
      @RequestParam MultiValueMap<String, String> params,
      @RequestParam(name = "_action", defaultValue = "skriv-under") String action,
      HttpServletRequest request,
      HttpServletResponse response,
      Model model) {
    DraftOwner owner = owner(request, response, false);
    String email = params.getFirst("email");
    // The rows by position: a name with a comma must not be split as a list would be.
    CoSigners coSigners = CoSigners.posted(params.get("coSignerName"), params.get("coSignerEmail"));
    model.addAttribute("email", email);
    if (action.equals(ADD_CO_SIGNER)) {
      CoSigners more = coSigners.withRow();
      model.addAttribute("coSigners", more);
      model.addAttribute("focusRow", more.rows().size() - 1);
      return summaryPage(model, drafts.get(id, owner), owner, Map.of());
    }
    if (action.startsWith(REMOVE_CO_SIGNER)) {
      int row = rowIndex(action.substring(REMOVE_CO_SIGNER.length()));
      model.addAttribute("coSigners", coSigners.without(row));
      model.addAttribute("removed", "Medundertecknare " + (row + 1) + " är borttagen.");
      return summaryPage(model, drafts.get(id, owner), owner, Map.of());
    }
    model.addAttribute("coSigners", coSigners);
    try {
      String link = submissions.requestSignature(id, owner, email, coSigners.rows());
      // The link is absolute for the e-mail; the resident stays on the host already in use.
      return "redirect:" + java.net.URI.create(link).getRawPath();
    } catch (SignatureRequestProblems e) {
      Map<String, String> errors = new LinkedHashMap<>();
      e.problems().forEach(p -> errors.putIfAbsent(p.field(), p.message()));
      return summaryPage(model, drafts.get(id, owner), owner, errors);
    } catch (FieldProblem e) {
      return summaryPage(model, drafts.get(id, owner), owner, Map.of(e.field(), e.getMessage()));
    }
  }

  static final String ADD_CO_SIGNER = "lagg-till-medundertecknare";
  static final String REMOVE_CO_SIGNER = "ta-bort-medundertecknare:";

  private static int rowIndex(String value) {
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  @PostMapping("/e-tjanster/utkast/{id}/borja-om")
  String startAgain(
      @PathVariable UUID id, HttpServletRequest request, HttpServletResponse response) {
    DraftView draft = drafts.startAgain(id, owner(request, response, false));
    return "redirect:/e-tjanster/utkast/" + draft.id() + "/steg/1";
  }

  @PostMapping("/e-tjanster/utkast/{id}/ta-bort")
  String delete(@PathVariable UUID id, HttpServletRequest request, HttpServletResponse response) {
    DraftOwner owner = owner(request, response, false);
    drafts.delete(id, owner);
    return owner.resident() != null ? "redirect:/mina-sidor" : "redirect:/public/e-tjanster";
  }

  @GetMapping("/e-tjanster/kvitto/{id}")
  String receipt(
      @PathVariable UUID id,
      HttpServletRequest request,
      HttpServletResponse response,
      Model model) {
    ResidentSubmissionView submission = submissions.receipt(id, owner(request, response, false));
    model.addAttribute("submission", submission);
    model.addAttribute("signatures", signatures.ofSubmission(submission).orElse(null));
    return "eservices/resident/receipt";
  }

  private static UUID fileId(String value) {
    try {
      return UUID.fromString(value);
    } catch (IllegalArgumentException e) {
      throw new NotFound("Filen finns inte.");
    }
  }

  static String receiptPath(ResidentSubmissionView s) {
    return s.anonymous() ? "/e-tjanster/kvitto/" + s.id() : "/mina-sidor/arenden/" + s.id();
  }

  private String stepPage(
      Model model,
      DraftView draft,
      int step,
      Map<String, List<String>> values,
      Map<String, String> errors) {
    if (step < 1 || step > draft.form().pages().size()) {
      throw new NotFound("Sidan finns inte.");
    }
    if (draft.submission() != null) {
      throw new NotFound("Utkastet finns inte.");
    }
    model.addAttribute("draft", draft);
    model.addAttribute("form", draft.form());
    model.addAttribute("page", draft.form().pages().get(step - 1));
    model.addAttribute("step", step);
    model.addAttribute("steps", draft.form().pages().size());
    model.addAttribute("values", values);
    model.addAttribute("errors", errors);
    return "eservices/resident/step";
  }

  private String summaryPage(
      Model model, DraftView draft, DraftOwner owner, Map<String, String> errors) {
    var submitted = submissions.ofDraft(draft.id(), owner);
    if (submitted.isPresent()) {
      return "redirect:" + receiptPath(submitted.get());
    }
    if (draft.awaitingSignatures()) {
      return "redirect:" + SignatureProgressController.path(draft.id());
    }
    model.addAttribute("draft", draft);
    model.addAttribute("pages", AnsweredPage.of(draft.form(), draft.answers(), draft.files()));
    if (!model.containsAttribute("coSigners")) {
      model.addAttribute("coSigners", CoSigners.initial(draft.version().signing()));
    }
    model.addAttribute("retired", draft.version().status() == VersionStatus.RETIRED);
    if (!model.containsAttribute("email") && owner.resident() != null) {
      model.addAttribute("email", accounts.get(owner.resident()).email());
    }
    model.addAttribute("errors", errors);
    return "eservices/resident/summary";
  }

  private static List<UploadedAnswerFile> files(HttpServletRequest request) {
    List<UploadedAnswerFile> files = new ArrayList<>();
    if (request instanceof MultipartHttpServletRequest multipart) {
      multipart
          .getMultiFileMap()
          .forEach((key, list) -> {
            for (MultipartFile f : list) {
              try {
                files.add(new UploadedAnswerFile(key, f.getOriginalFilename(), f.getBytes()));
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            }
          });
    }
    return files;
  }

  /**
   * The signed-in resident and the browser's anonymous token. Starting an e-service without a login
   * gives the browser a token: random, HttpOnly, sent only to the e-service pages, and stored only
   * as its SHA-256.
   */
  static DraftOwner owner(
      HttpServletRequest request, HttpServletResponse response, boolean create) {
    String token = null;
    if (request.getCookies() != null) {
      for (Cookie c : request.getCookies()) {
        if (COOKIE.equals(c.getName()) && c.getValue() != null && c.getValue().length() >= 32) {
          token = c.getValue();
        }
      }
    }
    var resident = ResidentSecurity.current();
    if (token == null && create && resident.isEmpty()) {
      byte[] bytes = new byte[32];
      RANDOM.nextBytes(bytes);
      token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
      response.addHeader(
          "Set-Cookie",
          ResponseCookie.from(COOKIE, token)
              .httpOnly(true)
              .secure(request.isSecure())
              .sameSite("Lax")
              .path("/e-tjanster")
              .maxAge(java.time.Duration.ofDays(30))
              .build()
              .toString());
    }
    return new DraftOwner(resident.map(ResidentPrincipal::id).orElse(null), token);
  }
}
