package se.kansli.followup;

import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.kansli.portfolio.ServiceFunding;

/** Tells the portfolio which budget lines fund one of its services or initiatives. */
@Component
class BudgetFunding implements ServiceFunding {

  private final JdbcClient jdbc;

  BudgetFunding(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public List<FundingLine> linesFunding(UUID subject) {
    return jdbc.sql(
            """
            select b.id as budget, b.year, l.name as line, l.amount from budget_lines l
            join budgets b on b.id = l.budget_id
            where l.funded_by = ? order by b.year desc, l.position
            """)
        .param(subject)
        .query((rs, i) ->
            new FundingLine(
                rs.getObject("budget", UUID.class),
                rs.getInt("year"),
                rs.getString("line"),
                Money.of(rs.getBigDecimal("amount")).format()))
        .list();
  }
}
