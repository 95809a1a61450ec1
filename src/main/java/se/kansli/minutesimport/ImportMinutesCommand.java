package se.kansli.minutesimport;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code java -jar kansli.jar import-minutes FILE --dry-run [--json] [--max-size-mb N]}: parses a
 * minutes file and prints what was read, without a database or a server. It runs from {@code
 * KansliApplication.main} before Spring starts. Storing imported minutes needs the running platform
 * (its UI or API), so the command line only does dry runs.
 */
public final class ImportMinutesCommand {

  public static final String NAME = "import-minutes";

  /** Exit codes: what a script calling the command can tell apart. */
  static final int OK = 0;

  static final int UNREADABLE = 1;
  static final int USAGE = 2;
  static final int NEEDS_PLATFORM = 3;

  private static final String USAGE_TEXT =
      """
      Användning: java -jar kansli.jar import-minutes FIL --dry-run [--json] [--max-size-mb N]
        FIL              protokollet: OCR-text (UTF-8, windows-1252 eller ISO-8859-1) eller PDF med textlager
        --dry-run        läs och tolka protokollet utan att spara något
        --json           skriv resultatet som JSON på standard ut
        --max-size-mb N  största fil som läses (standard %d MB)
      """
          .formatted(MinutesParser.DEFAULT_MAX_BYTES / (1024 * 1024));

  private final PrintStream out;
  private final PrintStream err;

  public ImportMinutesCommand(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  /** The command on the process's own stdout and stderr, in UTF-8 whatever the locale says. */
  public static ImportMinutesCommand onConsole() {
    return new ImportMinutesCommand(
        new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8),
        new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8));
  }

  /**
   * Runs the command.
   *
   * @param args the arguments after {@value #NAME}
   * @return the process exit code
   */
  public int run(String... args) {
    Options options;
    try {
      options = Options.of(args);
    } catch (IllegalArgumentException e) {
      err.println(e.getMessage());
      err.print(USAGE_TEXT);
      return USAGE;
    }
    if (options.help()) {
      out.print(USAGE_TEXT);
      return OK;
    }
    if (!options.dryRun()) {
      err.println(
          "Att spara ett importerat protokoll kräver den körande plattformen (webbgränssnittet"
              + " eller API:t). Kommandoraden gör bara torrkörningar: lägg till --dry-run.");
      return NEEDS_PLATFORM;
    }
    ParsedMinutes minutes;
    try {
      minutes = new MinutesParser(options.maxBytes()).parse(options.file());
    } catch (MinutesImportFailure e) {
      err.println(e.getMessage());
      return UNREADABLE;
    } catch (RuntimeException e) {
      // A library failing on a malformed file: still a refusal the user can act on, not a crash.
      err.println("Filen kunde inte tolkas: " + e);
      return UNREADABLE;
    }
    if (options.json()) {
      out.println(MinutesJson.write(minutes));
    } else {
      printSummary(minutes);
    }
    out.flush();
    return OK;
  }

  private void printSummary(ParsedMinutes minutes) {
    ParsedMeeting meeting = minutes.meeting();
    out.printf(
        "Protokoll: %s %s%s, %d sidor%n",
        orUnknown(meeting.body()),
        meeting.date() == null ? "(datum okänt)" : meeting.date(),
        meeting.municipality() == null ? "" : " (" + meeting.municipality() + ")",
        minutes.pages().count());
    for (ParsedItem item : minutes.items()) {
      out.printf(
          "§ %d %s%s%n",
          item.number(),
          orUnknown(item.title()),
          item.caseNumber() == null ? "" : " [" + item.caseNumber() + "]");
    }
    if (!minutes.unassigned().isEmpty()) {
      out.printf("Text som inte placerats: %d stycken%n", minutes.unassigned().size());
    }
    if (!minutes.warnings().isEmpty()) {
      out.println("Varningar:");
      minutes.warnings().forEach(w -> out.println("- " + w));
    }
  }

  private static String orUnknown(String text) {
    return text == null ? "(okänt)" : text;
  }

  private record Options(Path file, boolean dryRun, boolean json, long maxBytes, boolean help) {

    static Options of(String... args) {
      List<String> files = new ArrayList<>();
      boolean dryRun = false;
      boolean json = false;
      boolean help = false;
      long maxBytes = MinutesParser.DEFAULT_MAX_BYTES;
      for (int i = 0; i < args.length; i++) {
        String arg = args[i];
        switch (arg) {
          case "--dry-run" -> dryRun = true;
          case "--json" -> json = true;
          case "--help", "-h" -> help = true;
          case "--max-size-mb" -> {
            if (i + 1 >= args.length) {
              throw new IllegalArgumentException("--max-size-mb behöver ett antal megabyte.");
            }
            maxBytes = megabytes(args[++i]);
          }
          default -> {
            if (arg.startsWith("--max-size-mb=")) {
              maxBytes = megabytes(arg.substring("--max-size-mb=".length()));
            } else if (arg.startsWith("-")) {
              throw new IllegalArgumentException("Okänt val: " + arg);
            } else {
              files.add(arg);
            }
          }
        }
      }
      if (help) {
        return new Options(null, dryRun, json, maxBytes, true);
      }
      if (files.size() != 1) {
        throw new IllegalArgumentException(
            files.isEmpty() ? "Ange protokollfilen." : "Ange bara en protokollfil.");
      }
      return new Options(Path.of(files.getFirst()), dryRun, json, maxBytes, false);
    }

    private static long megabytes(String value) {
      try {
        long mb = Long.parseLong(value);
        if (mb <= 0) {
          throw new IllegalArgumentException("--max-size-mb måste vara större än noll.");
        }
        return mb * 1024 * 1024;
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(
            "--max-size-mb behöver ett heltal, inte ”" + value + "”.", e);
      }
    }
  }
}
