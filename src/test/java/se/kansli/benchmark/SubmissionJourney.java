package se.kansli.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.HdrHistogram.Histogram;

/**
 * A signed-in resident sending in an e-service of the municipality, as a browser without JavaScript
 * does: start (a new draft), each of the three pages shown and posted, the summary, "Skicka in",
 * and the receipt, which must show the case number. The submit request itself, the one that makes
 * the case, is also timed on its own.
 */
final class SubmissionJourney implements Load.Call {

  private static final Pattern CASE_NUMBER = Pattern.compile("20\\d\\d/\\d+-");

  private final ResidentSession resident;
  private final String org;
  private final List<String> slugs;
  private final SplittableRandom r;
  private final Histogram submits = new Histogram(TimeUnit.MINUTES.toNanos(2), 3);
  private volatile long countFrom = Long.MAX_VALUE;
  private volatile long countUntil = Long.MAX_VALUE;

  SubmissionJourney(ResidentSession resident, String org, List<String> slugs, long seed) {
    this.resident = resident;
    this.org = org;
    this.slugs = slugs;
    this.r = new SplittableRandom(seed);
  }

  /** The submit requests that start in [from, until) (System.nanoTime()) are counted. */
  void countBetween(long from, long until) {
    submits.reset();
    countFrom = from;
    countUntil = until;
  }

  Histogram submits() {
    return submits;
  }

  @Override
  public void run() throws Exception {
    String slug = slugs.get(r.nextInt(slugs.size()));
    String step = resident.redirectOf("/e-tjanster/" + org + "/" + slug + "/start");
    if (!step.endsWith("/steg/1")) {
      throw new IllegalStateException("Start went to " + step);
    }
    String draft = step.substring(0, step.length() - "/steg/1".length());
    for (int page = 1; page <= 3; page++) {
      resident.get(draft + "/steg/" + page, 200);
      List<String[]> fields = new ArrayList<>(EServiceBenchData.answer(page, r, org));
      fields.add(new String[] {"_action", "fortsatt"});
      resident.post(
          draft + "/steg/" + page, fields, page < 3 ? draft + "/steg/" + (page + 1) : draft);
    }
    resident.get(draft + "/granska", 200);
    long t0 = System.nanoTime();
    String receipt = resident.post(draft + "/skicka", List.of(), "/mina-sidor/arenden/");
    long t = System.nanoTime() - t0;
    if (t0 >= countFrom && t0 < countUntil) {
      submits.recordValue(Math.min(t, submits.getHighestTrackableValue()));
    }
    if (!CASE_NUMBER.matcher(resident.get(receipt, 200)).find()) {
      throw new IllegalStateException("The receipt " + receipt + " shows no case number");
    }
  }
}
