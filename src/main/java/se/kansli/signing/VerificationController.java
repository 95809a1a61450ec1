package se.kansli.signing;

import java.io.IOException;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import se.kansli.shared.InvalidInput;

/** The public verification page: no login. */
@Controller
class VerificationController {

  private final SignatureVerification verification;

  VerificationController(SignatureVerification verification) {
    this.verification = verification;
  }

  @GetMapping("/verify")
  String page(@RequestParam(required = false) String sha256, Model model) {
    model.addAttribute("errors", Map.of());
    if (sha256 != null && !sha256.isBlank()) {
      try {
        model.addAttribute("result", verification.verifyHash(sha256));
      } catch (InvalidInput e) {
        model.addAttribute("errors", Map.of(e.field(), e.getMessage()));
      }
    }
    return "signing/verify";
  }

  @PostMapping("/verify")
  String upload(@RequestParam(required = false) MultipartFile file, Model model)
      throws IOException {
    model.addAttribute("errors", Map.of());
    try {
      model.addAttribute(
          "result",
          verification.verifyFile(file == null || file.isEmpty() ? null : file.getBytes()));
    } catch (InvalidInput e) {
      model.addAttribute("errors", Map.of(e.field(), e.getMessage()));
    }
    return "signing/verify";
  }
}
