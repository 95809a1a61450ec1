package se.kansli.shared;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Swedish organisation number (organisationsnummer), {@code NNNNNN-NNNN}: the third digit is at
 * least 2 and the last is a Luhn check digit.
 */
public record OrganisationNumber(String value) {

  private static final Pattern FORM = Pattern.compile("(?:16)?(\\d{6})-?(\\d{4})");

  public OrganisationNumber {
    String text = value == null ? "" : value.strip().replace(" ", "");
    Matcher m = FORM.matcher(text);
    if (!m.matches()) {
      throw invalid("ska skrivas NNNNNN-NNNN");
    }
    String digits = m.group(1) + m.group(2);
    if (digits.charAt(2) < '2') {
      throw invalid("tredje siffran ska vara minst 2");
    }
    if (!Luhn.isValid(digits)) {
      throw invalid("kontrollsiffran stämmer inte");
    }
    value = m.group(1) + "-" + m.group(2);
  }

  public static OrganisationNumber parse(String text) {
    return new OrganisationNumber(text);
  }

  private static InvalidInput invalid(String why) {
    return new InvalidInput("identityNumber", "Ogiltigt organisationsnummer: " + why + ".");
  }

  @Override
  public String toString() {
    return value;
  }
}
