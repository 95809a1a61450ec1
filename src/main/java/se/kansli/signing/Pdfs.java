package se.kansli.signing;

import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import se.kansli.shared.Sha256;

/** PDF downloads with their SHA-256 as ETag. */
final class Pdfs {

  private Pdfs() {}

  static ResponseEntity<byte[]> attachment(byte[] pdf, String name) {
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_PDF)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename(name, StandardCharsets.UTF_8)
                .build()
                .toString())
        .header("X-Content-Type-Options", "nosniff")
        .eTag("\"" + Sha256.of(pdf) + "\"")
        .body(pdf);
  }
}
