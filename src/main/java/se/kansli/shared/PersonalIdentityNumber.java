package se.kansli.shared;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Year;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Swedish personal identity number (personnummer, folkbokföringslagen 18 §) or coordination
 * number (samordningsnummer, day + 60), stored as {@code YYYYMMDD-NNNN}. The last digit is a Luhn
 * check over the ten digits YYMMDDNNNN.
 */
public record PersonalIdentityNumber(String value) {

  private static final Pattern FORM =
      Pattern.compile("(\\d{2})?(\\d{2})(\\d{2})(\\d{2})([-+]?)(\\d{4})");

  public PersonalIdentityNumber {
    value = normalise(value);
  }

  public static PersonalIdentityNumber parse(String text) {
    return new PersonalIdentityNumber(text);
  }

  private static String normalise(String raw) {
    String text = raw == null ? "" : raw.strip().replace(" ", "");
    Matcher m = FORM.matcher(text);
    if (!m.matches()) {
      throw invalid("ska skrivas ÅÅÅÅMMDD-NNNN");
    }
    String yy = m.group(2);
    String century = m.group(1) != null ? m.group(1) : guessCentury(yy, "+".equals(m.group(5)));
    String month = m.group(3);
    String day = m.group(4);
    String last4 = m.group(6);
    checkDate(century + yy, month, day);
    if (!Luhn.isValid(yy + month + day + last4)) {
      throw invalid("kontrollsiffran stämmer inte");
    }
    return century + yy + month + day + "-" + last4;
  }

  /**
   * Without a century the plus sign means the person is 100 or older (folkbokföringslagen 18 §).
   */
  private static String guessCentury(String yy, boolean hundredOrOlder) {
    int now = Year.now().getValue();
    int year = (now / 100) * 100 + Integer.parseInt(yy);
    if (year > now) {
      year -= 100;
    }
    if (hundredOrOlder) {
      year -= 100;
    }
    return String.valueOf(year / 100);
  }

  private static void checkDate(String year, String month, String day) {
    int d = Integer.parseInt(day);
    int realDay = d > 60 ? d - 60 : d;
    try {
      LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), realDay);
    } catch (DateTimeException e) {
      throw invalid("datumet finns inte");
    }
  }

  private static InvalidInput invalid(String why) {
    return new InvalidInput("identityNumber", "Ogiltigt personnummer: " + why + ".");
  }

  /** The form shown where a person's number must not be spelled out in full. */
  public String masked() {
    return value.substring(0, 8) + "-XXXX";
  }

  @Override
  public String toString() {
    return value;
  }
}
