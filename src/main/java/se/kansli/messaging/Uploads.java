package se.kansli.messaging;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.multipart.MultipartFile;

/** What the page and the API share: reading uploaded parts and answering with a stored file. */
final class Uploads {

  private Uploads() {}

  /** The chosen files; a browser sends an empty part when no file was chosen, which is skipped. */
  static List<Attachment> attachments(List<MultipartFile> files) {
    if (files == null) {
      return List.of();
    }
    return files.stream()
        .filter(f ->
            !(f.isEmpty()
                && (f.getOriginalFilename() == null || f.getOriginalFilename().isBlank())))
        .map(f -> {
          try {
            return new Attachment(f.getOriginalFilename(), f.getBytes());
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        })
        .toList();
  }

  /** Always as a download, never shown inline, so that a file cannot act as a page of Kansli. */
  static ResponseEntity<byte[]> download(AttachmentFile file) {
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(file.mediaType()))
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename(file.fileName(), StandardCharsets.UTF_8)
                .build()
                .toString())
        .header("X-Content-Type-Options", "nosniff")
        .body(file.bytes());
  }
}
