package se.kansli.shared;

import java.util.regex.Pattern;

/** An organisation's stable, readable id, such as {@code lulea} or {@code e-namnden}. */
public record OrganisationId(@com.fasterxml.jackson.annotation.JsonValue String value) {

  private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]{1,40}");

  public OrganisationId {
    if (value == null || !SLUG.matcher(value).matches()) {
      throw new InvalidInput("organisation", "Okänd organisation: " + value);
    }
  }

  public static OrganisationId of(String value) {
    return new OrganisationId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
