package se.kansli.signing;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Public verification over REST, open to anyone. */
@RestController
@Tag(name = "Verification", description = "Kontroll av underskrivna dokument, utan inloggning")
class VerificationApiController {

  private final SignatureVerification verification;

  VerificationApiController(SignatureVerification verification) {
    this.verification = verification;
  }

  @PostMapping(path = "/api/public/verification", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @Operation(summary = "Check a signed PDF: which document, who signed, intact or changed")
  SignatureVerification.Result file(@RequestPart("file") MultipartFile file) throws IOException {
    return verification.verifyFile(file.getBytes());
  }

  @GetMapping("/api/public/verification")
  @Operation(summary = "Look up a document by its SHA-256")
  SignatureVerification.Result hash(@RequestParam String sha256) {
    return verification.verifyHash(sha256);
  }
}
