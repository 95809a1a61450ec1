package se.kansli.minutesimport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.kansli.minutesimport.MinutesImportFailure.Reason;

/**
 * Input that is not minutes is refused with a typed failure and a Swedish message, never half read.
 */
class FailuresTest {

  private final MinutesParser parser = new MinutesParser();

  @TempDir Path directory;

  @ParameterizedTest
  @ValueSource(strings = {"", " \n\n \t\n"})
  void refusesAnEmptyFile(String content) throws IOException {
    Path file = Files.writeString(directory.resolve("tom.txt"), content);
    assertFailure(() -> parser.parse(file), Reason.EMPTY, "tom");
  }

  @Test
  void refusesBinaryData() throws IOException {
    byte[] garbage = new byte[64 * 1024];
    new Random(42).nextBytes(garbage);
    Path file = Files.write(directory.resolve("data.bin"), garbage);
    assertFailure(() -> parser.parse(file), Reason.BINARY, "binära data");
  }

  @Test
  void refusesBinaryDataWithoutNulBytes() throws IOException {
    byte[] garbage = new byte[64 * 1024];
    Random random = new Random(7);
    for (int i = 0; i < garbage.length; i++) {
      garbage[i] = (byte) (1 + random.nextInt(255));
    }
    Path file = Files.write(directory.resolve("data.bin"), garbage);
    assertFailure(() -> parser.parse(file), Reason.BINARY, "binära data");
  }

  @Test
  void refusesA200MegabyteFileWithoutReadingIt() throws IOException {
    Path file = directory.resolve("stor.txt");
    try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
      sparse.setLength(200L * 1024 * 1024);
    }
    long before = System.nanoTime();
    assertFailure(() -> parser.parse(file), Reason.TOO_LARGE, "200 MB");
    assertThat(System.nanoTime() - before).isLessThan(1_000_000_000L);
  }

  @Test
  void takesItsSizeLimitFromConfiguration() {
    MinutesParser strict = new MinutesParser(1024);
    assertFailure(
        () -> strict.parse(MinutesFixtures.path(MinutesFixtures.SEED)),
        Reason.TOO_LARGE,
        "1024 byte");
  }

  @Test
  void refusesAFileThatDoesNotExist() {
    assertFailure(
        () -> parser.parse(directory.resolve("saknas.txt")), Reason.UNREADABLE, "finns inte");
  }

  @Test
  void refusesADirectory() {
    assertFailure(() -> parser.parse(directory), Reason.UNREADABLE, "mapp");
  }

  @Test
  void refusesTextInAnotherLanguage() {
    String english =
        """
        Minutes of the meeting of the Finance Committee, 12 March 2018

        Present: Anna Berg (chair), Per Lind, Eva Holm

        1. Annual report 2017
        The committee reviewed the annual report and resolved to recommend it to the council.

        2. Any other business
        There was no other business. The meeting closed at 16.30.
        """;
    assertFailure(() -> parser.parseText(english), Reason.NOT_MINUTES, "protokollstruktur");
  }

  @Test
  void refusesParagraphSignsWithoutMinutesAroundThem() {
    String law =
        """
        § 1
        This act applies to all municipalities.

        § 2
        Definitions used in this act are set out below.
        """;
    assertFailure(() -> parser.parseText(law), Reason.NOT_MINUTES, "protokollstruktur");
  }

  @Test
  void refusesAPdfWithoutATextLayer() throws IOException {
    Path file = Files.write(directory.resolve("skannad.pdf"), MinutesPdf.withoutText(3));
    assertFailure(() -> parser.parse(file), Reason.NEEDS_OCR, "OCR");
  }

  @Test
  void refusesADamagedPdf() throws IOException {
    byte[] damaged = "%PDF-1.7\n1 0 obj <<>> trasig".getBytes(StandardCharsets.US_ASCII);
    Path file = Files.write(directory.resolve("trasig.pdf"), damaged);
    assertThatThrownBy(() -> parser.parse(file))
        .isInstanceOf(MinutesImportFailure.class)
        .satisfies(e ->
            assertThat(((MinutesImportFailure) e).reason()).isIn(Reason.DAMAGED_PDF, Reason.EMPTY));
  }

  @Test
  void readsAPdfWithATextLayerPageByPage() throws IOException {
    List<String> pages =
        List.of(MinutesFixtures.text("miljonamnden-lulea-2019.txt").split("\f\n?"));
    Path file = Files.write(directory.resolve("protokoll.pdf"), MinutesPdf.withText(pages));

    ParsedMinutes minutes = parser.parse(file);

    assertThat(minutes.pages().count()).isEqualTo(2);
    assertThat(minutes.pages().source()).isEqualTo("pdf");
    assertThat(minutes.pages().headers()).contains("LULEÅ KOMMUN SAMMANTRÄDESPROTOKOLL");
    assertThat(minutes.pages().footers()).contains("Sida 1 av 2");
    assertThat(minutes.items())
        .isEqualTo(parser.parse(MinutesFixtures.path("miljonamnden-lulea-2019.txt")).items());
  }

  @Test
  void warnsAboutPdfPagesWithoutText() throws IOException {
    List<String> pages =
        List.of(MinutesFixtures.text("miljonamnden-lulea-2019.txt").split("\f\n?"));
    byte[] withText = MinutesPdf.withText(List.of(pages.getFirst(), "", pages.get(1)));
    ParsedMinutes minutes = parser.parse(withText);
    assertThat(minutes.warnings()).anyMatch(w -> w.contains("[2]") && w.contains("OCR"));
  }

  private static void assertFailure(
      org.assertj.core.api.ThrowableAssert.ThrowingCallable call, Reason reason, String message) {
    assertThatThrownBy(call)
        .isInstanceOf(MinutesImportFailure.class)
        .hasMessageContaining(message)
        .extracting(e -> ((MinutesImportFailure) e).reason())
        .isEqualTo(reason);
  }
}
