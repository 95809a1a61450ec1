package se.kansli.eservices;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The page an application waits on while it is being signed: who has signed and who has not, and
 * the way back (withdraw, then change the answers or invite again) when someone declines, the time
 * runs out or the applicant changes their mind.
 */
@Controller
class SignatureProgressController {

  private final ResidentDrafts drafts;
  private final ResidentSubmissions submissions;
  private final ResidentSignatures signatures;

  SignatureProgressController(
      ResidentDrafts drafts, ResidentSubmissions submissions, ResidentSignatures signatures) {
    this.drafts = drafts;
    this.submissions = submissions;
    this.signatures = signatures;
  }

  static String path(UUID draft) {
    return "/e-tjanster/utkast/" + draft + "/underskrifter";
  }

  @GetMapping("/e-tjanster/utkast/{id}/underskrifter")
  String progress(
      @PathVariable UUID id,
      HttpServletRequest request,
      HttpServletResponse response,
      Model model) {
    DraftOwner owner = ResidentFormController.owner(request, response, false);
    var submitted = submissions.ofDraft(id, owner);
    if (submitted.isPresent()) {
      return "redirect:" + ResidentFormController.receiptPath(submitted.get());
    }
    var progress = signatures.ofDraft(id, owner);
    if (progress.isEmpty()) {
      return "redirect:/e-tjanster/utkast/" + id + "/granska";
    }
    model.addAttribute("draft", drafts.get(id, owner));
    model.addAttribute("progress", progress.get());
    return "eservices/resident/signatures";
  }

  @PostMapping("/e-tjanster/utkast/{id}/underskrifter/aterkalla")
  String withdraw(
      @PathVariable UUID id,
      HttpServletRequest request,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    DraftOwner owner = ResidentFormController.owner(request, response, false);
    List<ResidentSubmissions.CoSigner> invited = signatures.withdraw(id, owner);
    if (!invited.isEmpty()) {
      redirect.addFlashAttribute("coSigners", new CoSigners(invited));
    }
    redirect.addFlashAttribute(
        "flash",
        "Underskrifterna är återkallade. Du kan ändra ansökan och skriva under igen, eller ta bort"
            + " den.");
    return "redirect:/e-tjanster/utkast/" + id + "/granska";
  }
}
