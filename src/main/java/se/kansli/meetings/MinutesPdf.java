package se.kansli.meetings;

import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** The minutes of a meeting as a file to download: the draft, or the signed and sealed PDF. */
public record MinutesPdf(String fileName, byte[] content, String sha256) {

  /** Shown in the browser, named for saving, with its SHA-256 as the entity tag. */
  ResponseEntity<byte[]> response() {
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_PDF)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.inline()
                .filename(fileName, StandardCharsets.UTF_8)
                .build()
                .toString())
        .eTag("\"" + sha256 + "\"")
        .body(content);
  }
}
