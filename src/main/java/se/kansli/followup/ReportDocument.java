package se.kansli.followup;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import se.kansli.shared.PdfA;

/**
 * Writes a report as tagged PDF/A-2a, the form it is filed and kept in. Indicator charts are bars
 * drawn with CSS rather than SVG: they become tagged table content, each bar's value is printed
 * beside it and the target is a labelled line, so a screen reader and a black-and-white printout
 * both get the whole picture.
 */
@Component
class ReportDocument {

  private static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");

  private final ITemplateEngine templates;

  ReportDocument(ITemplateEngine templates) {
    this.templates = templates;
  }

  byte[] render(ReportContent content, boolean draft) {
    return PdfA.write(xhtml(content, draft));
  }

  String xhtml(ReportContent content, boolean draft) {
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("report", content.report());
    model.put("plan", content.plan());
    model.put("finances", content.finances());
    model.put("gaps", content.gaps());
    model.put("draft", draft);
    model.put("charts", charts(content.plan()));
    return templates.process("followup/pdf/report", new Context(SWEDISH, model));
  }

  /**
   * One bar per point of an indicator.
   *
   * @param width the bar's length in per cent of the scale
   * @param met whether the value reaches the target (printed, not only shown by the fill)
   */
  record Bar(String label, String value, String detail, int width, boolean met) {}

  /** An indicator's bars on one scale, with the target's place on it. */
  record Chart(String targetText, int targetAt, List<Bar> bars) {}

  static Map<UUID, Chart> charts(PlanView plan) {
    Map<UUID, Chart> charts = new LinkedHashMap<>();
    if (plan == null) {
      return charts;
    }
    plan.goals().stream()
        .flatMap(g -> g.indicators().stream())
        .filter(i -> !i.points().isEmpty())
        .forEach(i -> charts.put(i.id(), chart(i)));
    return charts;
  }

  static Chart chart(IndicatorView indicator) {
    BigDecimal max = scale(indicator);
    List<Bar> bars =
        indicator.points().stream()
            .map(p ->
                new Bar(
                    p.label(),
                    indicator.valueText(p.value()),
                    p.detail(),
                    share(p.value(), max),
                    indicator.metBy(p.value())))
            .toList();
    return new Chart(indicator.targetText(), share(indicator.target().value(), max), bars);
  }

  /** 100 for a share; otherwise room for the largest value and the target. */
  private static BigDecimal scale(IndicatorView indicator) {
    if (indicator.target().unit() == Target.TargetUnit.PERCENT) {
      return BigDecimal.valueOf(100);
    }
    BigDecimal max = indicator.target().value();
    for (IndicatorView.Point p : indicator.points()) {
      max = max.max(p.value());
    }
    return max.signum() == 0 ? BigDecimal.ONE : max;
  }

  private static int share(BigDecimal value, BigDecimal max) {
    int percent =
        value
            .max(BigDecimal.ZERO)
            .multiply(BigDecimal.valueOf(100))
            .divide(max, 0, RoundingMode.HALF_UP)
            .intValue();
    return Math.min(100, percent);
  }
}
