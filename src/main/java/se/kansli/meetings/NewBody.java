package se.kansli.meetings;

/**
 * Command: a decision-making body of an organisation.
 *
 * @param shortName how the minutes name it in decisions, "E-nämnden" in "E-nämnden beslutar att …"
 */
public record NewBody(
    String organisation,
    String name,
    String shortName,
    String secretaryName,
    String secretaryEmail) {}
