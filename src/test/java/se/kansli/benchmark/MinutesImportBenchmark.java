package se.kansli.benchmark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.function.ToIntFunction;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import se.kansli.minutesimport.MinutesParser;
import se.kansli.minutesimport.ParsedMinutes;

/**
 * The minutes import benchmark (docs/PERFORMANCE.md): parses the seed (OCR text of 35 pages, every
 * item twice) over and over on one thread, and in the same run measures the floor no parser can
 * beat: reading the same file and splitting it into lines. Run it with {@code ./mvnw -Pbenchmark
 * test -Dtest=MinutesImportBenchmark}; it is tagged so that the normal build never runs it.
 *
 * <p>System properties: {@code bench.warmup} seconds (5) and {@code bench.seconds} measured (15)
 * per phase.
 */
@Tag("benchmark")
class MinutesImportBenchmark {

  /** The target: pages parsed per second on one core. */
  private static final double TARGET_PAGES_PER_SECOND = 100;

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  /** One measured phase: documents done, wall and CPU time of this thread. */
  private record Phase(String name, long documents, long wallNanos, long cpuNanos) {

    double documentsPerSecond() {
      return documents * 1e9 / wallNanos;
    }

    double documentsPerCpuSecond() {
      return documents * 1e9 / cpuNanos;
    }

    double millisPerDocument() {
      return wallNanos / 1e6 / documents;
    }
  }

  @Test
  void minutesImport() throws IOException {
    Duration warmup = Duration.ofSeconds(Long.getLong("bench.warmup", 5));
    Duration measured = Duration.ofSeconds(Long.getLong("bench.seconds", 15));
    Path seed = seedFile();
    MinutesParser parser = new MinutesParser();
    ParsedMinutes once = parser.parse(seed);
    int pages = once.pages().count();
    Bench.log(
        "Minutes import benchmark: %s, %,d bytes, %d pages, %d items; %ss warm-up + %ss measured",
        seed.getFileName(),
        Files.size(seed),
        pages,
        once.items().size(),
        warmup.toSeconds(),
        measured.toSeconds());
    String loadBefore = Bench.loadAverage();

    Phase floor =
        run(
            "Read the file and split it into lines (floor)",
            seed,
            MinutesImportBenchmark::readAndSplit,
            warmup,
            measured);
    Phase parse =
        run(
            "Parse (MinutesParser.parse(Path))",
            seed,
            file -> parser.parse(file).items().size(),
            warmup,
            measured);

    String report = report(pages, floor, parse, loadBefore, Bench.loadAverage());
    System.out.println(report);
    Files.writeString(Path.of("target/minutes-import-benchmark.md"), report);
  }

  private static int readAndSplit(Path file) {
    try {
      String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
      return text.split("\r\n|\r|\n", -1).length;
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Phase run(
      String name, Path seed, ToIntFunction<Path> work, Duration warmup, Duration measured) {
    long sink = 0;
    long warmupEnd = System.nanoTime() + warmup.toNanos();
    while (System.nanoTime() < warmupEnd) {
      sink += work.applyAsInt(seed);
    }
    long documents = 0;
    long cpuStart = THREADS.getCurrentThreadCpuTime();
    long start = System.nanoTime();
    long end = start + measured.toNanos();
    long now = start;
    while (now < end) {
      sink += work.applyAsInt(seed);
      documents++;
      now = System.nanoTime();
    }
    Phase phase =
        new Phase(name, documents, now - start, THREADS.getCurrentThreadCpuTime() - cpuStart);
    Bench.log(
        "%s: %,d documents, %.3f ms each (sink %d)",
        name, documents, phase.millisPerDocument(), sink);
    return phase;
  }

  private static String report(
      int pages, Phase floor, Phase parse, String loadBefore, String loadAfter) {
    StringBuilder out = new StringBuilder();
    out.append("## Minutes import benchmark\n\n");
    out.append(
        String.format(
            Locale.ROOT,
            "%s, %d cores, Java %s; load average %s before, %s after. One thread.%n%n",
            Bench.cpu(),
            Runtime.getRuntime().availableProcessors(),
            Runtime.version(),
            loadBefore,
            loadAfter));
    out.append(
        "| Measurement | Documents | ms per document | Pages/s (wall) | Pages per CPU-second |\n");
    out.append("|---|---:|---:|---:|---:|\n");
    for (Phase phase : new Phase[] {floor, parse}) {
      out.append(
          String.format(
              Locale.ROOT,
              "| %s | %,d | %.3f | %,.0f | %,.0f |%n",
              phase.name(),
              phase.documents(),
              phase.millisPerDocument(),
              phase.documentsPerSecond() * pages,
              phase.documentsPerCpuSecond() * pages));
    }
    double pagesPerSecond = parse.documentsPerSecond() * pages;
    out.append(
        String.format(
            Locale.ROOT,
            "%nTarget ≥ %.0f pages/s on one core: %s (%,.0f pages/s, %.1f %% of the floor's rate).%n",
            TARGET_PAGES_PER_SECOND,
            pagesPerSecond >= TARGET_PAGES_PER_SECOND ? "met" : "NOT met",
            pagesPerSecond,
            100 * parse.documentsPerSecond() / floor.documentsPerSecond()));
    return out.toString();
  }

  private static Path seedFile() {
    try {
      return Path.of(
          Objects.requireNonNull(
                  MinutesImportBenchmark.class.getResource("/minutesimport/seed-minutes.txt"))
              .toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
