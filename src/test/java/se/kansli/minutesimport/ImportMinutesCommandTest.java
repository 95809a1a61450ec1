package se.kansli.minutesimport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The command line, run in-process as {@code KansliApplication.main} runs it. */
class ImportMinutesCommandTest {

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private final ImportMinutesCommand command =
      new ImportMinutesCommand(
          new PrintStream(out, true, StandardCharsets.UTF_8),
          new PrintStream(err, true, StandardCharsets.UTF_8));

  @Test
  void printsTheSeedAsJson() {
    int exit = command.run(seed(), "--dry-run", "--json");

    assertThat(exit).isZero();
    assertThat(stderr()).isEmpty();
    JsonNode json = MinutesJson.mapper().readTree(stdout());
    assertThat(json.get("items")).hasSize(9);
    assertThat(json.get("items").get(0).get("number").asInt()).isEqualTo(8);
    assertThat(json.get("meeting").get("date").asString()).isEqualTo("2022-06-22");
    assertThat(json.has("unassigned")).isTrue();
    assertThat(json.get("pages").get("headers")).isNotEmpty();
  }

  @Test
  void printsASummaryWithoutJson() {
    int exit = command.run("--dry-run", seed());

    assertThat(exit).isZero();
    assertThat(stdout())
        .contains("Protokoll: E-namnden 2022-06-22 (Lulea kommun)")
        .contains("§ 12 Budget 2023 [2022/13-2.2.0.1]");
  }

  @Test
  void failsOnAnUnreadableFile() {
    int exit = command.run("/finns/inte/protokoll.txt", "--dry-run", "--json");

    assertThat(exit).isEqualTo(ImportMinutesCommand.UNREADABLE);
    assertThat(stdout()).isEmpty();
    assertThat(stderr()).contains("Filen finns inte");
  }

  @Test
  void refusesToStoreWithoutThePlatform() {
    int exit = command.run(seed(), "--json");

    assertThat(exit).isEqualTo(ImportMinutesCommand.NEEDS_PLATFORM);
    assertThat(stdout()).isEmpty();
    assertThat(stderr()).contains("kräver den körande plattformen").contains("--dry-run");
  }

  @Test
  void explainsItsUsageOnBadArguments() {
    int exit = command.run("--dry-run", "--max-size-mb", "många");

    assertThat(exit).isEqualTo(ImportMinutesCommand.USAGE);
    assertThat(stderr()).contains("heltal").contains("Användning:");
  }

  @Test
  void appliesTheSizeLimitFromTheCommandLine() {
    int exit = command.run(seed(), "--dry-run", "--max-size-mb=0");

    assertThat(exit).isEqualTo(ImportMinutesCommand.USAGE);
  }

  private static String seed() {
    return MinutesFixtures.path(MinutesFixtures.SEED).toString();
  }

  private String stdout() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String stderr() {
    return err.toString(StandardCharsets.UTF_8);
  }
}
