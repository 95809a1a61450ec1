package se.kansli.registry;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * What may be uploaded to the registry.
 *
 * @param maxSize largest file accepted
 * @param allowedTypes media types, as detected from the bytes, that are accepted
 */
@ConfigurationProperties("kansli.registry.upload")
public record UploadRules(DataSize maxSize, List<String> allowedTypes) {

  public UploadRules {
    maxSize = maxSize == null ? DataSize.ofMegabytes(25) : maxSize;
    allowedTypes =
        allowedTypes == null || allowedTypes.isEmpty()
            ? List.of(
                "application/pdf",
                "text/plain",
                "image/png",
                "image/jpeg",
                "image/tiff",
                "application/xml",
                "text/csv",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                "application/vnd.oasis.opendocument.text",
                "application/x-tika-ooxml",
                "application/x-tika-msoffice",
                "application/msword",
                "message/rfc822")
            : List.copyOf(allowedTypes);
  }
}
