package se.kansli.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

/** Logging and the machine's description for the benchmark report. */
final class Bench {

  private Bench() {}

  static void log(String format, Object... args) {
    System.out.println(
        "[bench "
            + LocalTime.now().truncatedTo(ChronoUnit.SECONDS)
            + "] "
            + String.format(Locale.ROOT, format, args));
    System.out.flush();
  }

  static String cpu() {
    try {
      return Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
          .filter(l -> l.startsWith("model name"))
          .map(l -> l.substring(l.indexOf(':') + 1).strip())
          .findFirst()
          .orElse("unknown CPU");
    } catch (IOException e) {
      return "unknown CPU";
    }
  }

  /** The 1-minute load average: other work on the machine shows here. */
  static String loadAverage() {
    try {
      List<String> parts = List.of(Files.readString(Path.of("/proc/loadavg")).split(" "));
      return parts.get(0) + " " + parts.get(1) + " " + parts.get(2);
    } catch (IOException e) {
      return "unknown";
    }
  }

  static long memoryGiB() {
    try {
      return Files.readAllLines(Path.of("/proc/meminfo")).stream()
              .filter(l -> l.startsWith("MemTotal"))
              .map(l -> Long.parseLong(l.replaceAll("[^0-9]", "")))
              .findFirst()
              .orElse(0L)
          / 1024
          / 1024;
    } catch (IOException e) {
      return 0;
    }
  }
}
