package se.kansli.portfolio;

import java.util.List;
import java.util.UUID;

/**
 * The budget lines that fund a shared service or an initiative. Implemented by the module that
 * keeps the budget, which depends on the portfolio and not the other way round.
 */
public interface ServiceFunding {

  /** A budget line that names the subject; the amount as the budget writes it ("314 000 kr"). */
  record FundingLine(UUID budget, int year, String line, String amount) {}

  /** The lines, newest budget first. */
  List<FundingLine> linesFunding(UUID subject);
}
