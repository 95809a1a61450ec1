package se.kansli.portfolio;

import java.time.LocalDate;

/**
 * An option to extend the agreement (förlängningsoption) by a number of months; {@code usedOn} is
 * the day the committee decided to use it, none while unused.
 */
public record ExtensionOption(Integer months, LocalDate usedOn) {

  public boolean used() {
    return usedOn != null;
  }
}
