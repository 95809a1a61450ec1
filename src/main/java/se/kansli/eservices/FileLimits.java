package se.kansli.eservices;

import java.util.List;

/** What a file upload field accepts; the files themselves are checked where they are received. */
public record FileLimits(int maxCount, long maxBytes, List<String> contentTypes) {

  public static final FileLimits DEFAULT =
      new FileLimits(5, 10L * 1024 * 1024, List.of("application/pdf", "image/jpeg", "image/png"));

  public FileLimits {
    contentTypes = contentTypes == null ? List.of() : List.copyOf(contentTypes);
  }
}
