package se.kansli.minutesimport;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import se.kansli.minutesimport.MinutesImportFailure.Reason;

/**
 * Reads a minutes file into text: a PDF through its text layer, anything else as text. The size is
 * checked before the file is read, so that a huge file is refused without filling the memory.
 */
final class MinutesFileReader {

  private static final long MEBIBYTE = 1024 * 1024;

  private final long maxBytes;

  MinutesFileReader(long maxBytes) {
    this.maxBytes = maxBytes;
  }

  MinutesText read(Path file) {
    long size = sizeOf(file);
    if (size == 0) {
      throw new MinutesImportFailure(Reason.EMPTY, "Filen är tom: " + file.getFileName());
    }
    refuseAbove(size);
    return read(bytesOf(file));
  }

  MinutesText read(byte[] bytes) {
    refuseAbove(bytes.length);
    if (PdfTextLayer.isPdf(bytes)) {
      return PdfTextLayer.read(bytes);
    }
    return TextDecoding.decode(bytes);
  }

  private void refuseAbove(long size) {
    if (size > maxBytes) {
      throw new MinutesImportFailure(
          Reason.TOO_LARGE,
          "Filen är %s; den största fil som kan läsas in är %s."
              .formatted(megabytes(size), megabytes(maxBytes)));
    }
  }

  private static String megabytes(long bytes) {
    return bytes < MEBIBYTE ? bytes + " byte" : (bytes / MEBIBYTE) + " MB";
  }

  private static long sizeOf(Path file) {
    try {
      if (Files.isDirectory(file)) {
        throw new MinutesImportFailure(
            Reason.UNREADABLE, "Sökvägen är en mapp, inte en fil: " + file);
      }
      return Files.size(file);
    } catch (NoSuchFileException e) {
      throw new MinutesImportFailure(Reason.UNREADABLE, "Filen finns inte: " + file, e);
    } catch (IOException e) {
      throw new MinutesImportFailure(Reason.UNREADABLE, "Filen kunde inte läsas: " + file, e);
    }
  }

  /** Reads at most one byte more than allowed, in case the file grew after its size was taken. */
  private byte[] bytesOf(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
      refuseAbove(bytes.length);
      return bytes;
    } catch (IOException e) {
      throw new MinutesImportFailure(Reason.UNREADABLE, "Filen kunde inte läsas: " + file, e);
    }
  }
}
