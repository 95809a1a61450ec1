package se.kansli.portfolio;

import java.time.Instant;
import java.util.List;

/** A short status for one reporting period, e.g. "2022-06"; one status line per text line. */
public record StatusReportView(String period, String text, String reportedBy, Instant reportedAt) {

  public List<String> lines() {
    return text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
  }
}
