package se.kansli.followup;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.kansli.shared.InvalidInput;

/**
 * A period of the plan's year that an outcome is reported for: the whole year ("2022"), a tertial
 * ("2022-T1"), a quarter ("2022-Q2"), a month ("2022-05") or a meeting's day ("2022-03-16"). The
 * code sorts in time order within the same kind, and periods end on {@link #end()} for ordering
 * across kinds.
 */
public record Period(String code, LocalDate end) implements Comparable<Period> {

  private static final Pattern YEAR = Pattern.compile("(\\d{4})");
  private static final Pattern TERTIAL = Pattern.compile("(\\d{4})-T([1-3])");
  private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
  private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
  private static final Pattern DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");

  /** Reads a period and checks that it lies in the plan's year. */
  public static Period parse(String text, int year) {
    String code = text == null ? "" : text.strip().toUpperCase();
    LocalDate end;
    int periodYear;
    Matcher m;
    try {
      if ((m = YEAR.matcher(code)).matches()) {
        periodYear = Integer.parseInt(m.group(1));
        end = LocalDate.of(periodYear, 12, 31);
      } else if ((m = TERTIAL.matcher(code)).matches()) {
        periodYear = Integer.parseInt(m.group(1));
        end =
            LocalDate.of(periodYear, Integer.parseInt(m.group(2)) * 4, 1)
                .plusMonths(1)
                .minusDays(1);
      } else if ((m = QUARTER.matcher(code)).matches()) {
        periodYear = Integer.parseInt(m.group(1));
        end =
            LocalDate.of(periodYear, Integer.parseInt(m.group(2)) * 3, 1)
                .plusMonths(1)
                .minusDays(1);
      } else if ((m = MONTH.matcher(code)).matches()) {
        periodYear = Integer.parseInt(m.group(1));
        end = LocalDate.of(periodYear, Integer.parseInt(m.group(2)), 1).plusMonths(1).minusDays(1);
      } else if ((m = DAY.matcher(code)).matches()) {
        end = LocalDate.parse(code);
        periodYear = end.getYear();
      } else {
        throw unknown();
      }
    } catch (DateTimeException e) {
      throw unknown();
    }
    if (periodYear != year) {
      throw new InvalidInput("period", "Perioden måste ligga inom planens år " + year + ".");
    }
    return new Period(code, end);
  }

  private static InvalidInput unknown() {
    return new InvalidInput(
        "period",
        "Okänd period. Skriv till exempel 2022, 2022-T1 (tertial), 2022-Q2, 2022-05 eller"
            + " 2022-03-16.");
  }

  @Override
  public int compareTo(Period other) {
    int byEnd = end.compareTo(other.end);
    return byEnd != 0 ? byEnd : code.compareTo(other.code);
  }
}
