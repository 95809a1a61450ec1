package se.kansli.registry;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.kansli.shared.InvalidInput;

/**
 * A case number (diarienummer) {@code YYYY/N-code}, e.g. {@code 2022/9-2.2.0.1}: the year, the
 * serial within the organisation's series for that year, and the classification code.
 */
public record CaseNumber(int year, int serial, String classificationCode) {

  private static final Pattern FORM =
      Pattern.compile("(\\d{4})\\s*/\\s*(\\d{1,9})(?:\\s*-\\s*(\\d+(?:\\.\\d+)*))?");

  public CaseNumber {
    if (year < 1900 || year > 2999 || serial < 1) {
      throw new InvalidInput("caseNumber", "Ogiltigt diarienummer.");
    }
  }

  /** Parses "2022/9-2.2.0.1" or just "2022/9"; anything else is refused with a Swedish message. */
  public static CaseNumber parse(String text) {
    return tryParse(text)
        .orElseThrow(() ->
            new InvalidInput(
                "caseNumber", "Ogiltigt diarienummer: skriv till exempel 2022/9-2.2.0.1."));
  }

  public static Optional<CaseNumber> tryParse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    Matcher m = FORM.matcher(text.strip());
    if (!m.matches()) {
      return Optional.empty();
    }
    return Optional.of(
        new CaseNumber(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), m.group(3)));
  }

  @Override
  public String toString() {
    return classificationCode == null
        ? year + "/" + serial
        : year + "/" + serial + "-" + classificationCode;
  }
}
