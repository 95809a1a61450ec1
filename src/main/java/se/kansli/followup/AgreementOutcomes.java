package se.kansli.followup;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import se.kansli.platform.SwedishTime;
import se.kansli.portfolio.Agreements;

/**
 * Counts the framework agreements in force through the portfolio's public API, never its tables: at
 * the end of each tertial of the plan's year that has ended, and on the cut-off day itself when
 * that falls inside a tertial, so that an interim report to 31 May shows the count of 31 May.
 */
@Component
class AgreementOutcomes {

  private final Agreements agreements;

  AgreementOutcomes(Agreements agreements) {
    this.agreements = agreements;
  }

  /**
   * @param until a report's period end; {@code null} means as of today
   */
  MeetingOutcomes.Computed compute(String organisation, int year, LocalDate until) {
    LocalDate cutoff = until != null ? until : LocalDate.now(SwedishTime.ZONE);
    List<IndicatorView.Point> points = new ArrayList<>();
    for (int tertial = 1; tertial <= 3; tertial++) {
      Period period = Period.parse(year + "-T" + tertial, year);
      if (period.end().isAfter(cutoff)) {
        if (cutoff.getYear() == year) {
          points.add(point(organisation, cutoff.toString(), cutoff));
        }
        break;
      }
      points.add(point(organisation, period.code(), period.end()));
    }
    BigDecimal current = points.isEmpty() ? null : points.getLast().value();
    return new MeetingOutcomes.Computed(
        points, current, points.isEmpty() ? null : points.getLast().detail(), 0);
  }

  private IndicatorView.Point point(String organisation, String label, LocalDate day) {
    int count = agreements.inForce(organisation, day);
    return new IndicatorView.Point(
        label, day, BigDecimal.valueOf(count), count + " i kraft " + day);
  }
}
