package se.kansli.followup;

import java.math.BigDecimal;
import java.util.List;
import org.springframework.web.util.HtmlUtils;

/**
 * An indicator over time as inline SVG, drawn on the server: one point per meeting or period with
 * its value printed beside it, and the target as a dashed line labelled with its text, so that the
 * chart reads without colour. The page puts the same data in a table next to it.
 */
final class IndicatorChart {

  private static final int WIDTH = 640;
  private static final int HEIGHT = 260;
  private static final int LEFT = 48;
  private static final int RIGHT = 24;
  private static final int TOP = 24;
  private static final int BOTTOM = 40;

  private IndicatorChart() {}

  /** The chart, or an empty string when there is nothing to draw. */
  static String svg(IndicatorView indicator) {
    List<IndicatorView.Point> points = indicator.points();
    if (points.isEmpty()) {
      return "";
    }
    double max = scaleMax(indicator);
    String id = "chart-" + indicator.id();
    StringBuilder svg = new StringBuilder();
    svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\"")
        .append(" viewBox=\"0 0 ")
        .append(WIDTH)
        .append(' ')
        .append(HEIGHT)
        .append("\" aria-labelledby=\"")
        .append(id)
        .append("-title\"><title id=\"")
        .append(id)
        .append("-title\">")
        .append(escape(title(indicator)))
        .append("</title>");
    // Axes and the scale's ends, in text.
    int bottom = HEIGHT - BOTTOM;
    svg.append(line(LEFT, TOP, LEFT, bottom, "#555", null))
        .append(line(LEFT, bottom, WIDTH - RIGHT, bottom, "#555", null))
        .append(text(LEFT - 6, bottom + 4, "end", "0"))
        .append(text(LEFT - 6, TOP + 4, "end", Target.format(BigDecimal.valueOf(max))));
    double targetY = y(indicator.target().value().doubleValue(), max);
    svg.append(line(LEFT, targetY, WIDTH - RIGHT, targetY, "#1a1a1a", "6 4"))
        .append(text(WIDTH - RIGHT, targetY - 6, "end", "Mål " + indicator.targetText()));
    StringBuilder polyline = new StringBuilder();
    for (int i = 0; i < points.size(); i++) {
      IndicatorView.Point p = points.get(i);
      double x = x(i, points.size());
      double y = y(p.value().doubleValue(), max);
      polyline.append(fmt(x)).append(',').append(fmt(y)).append(' ');
      boolean met = indicator.metBy(p.value());
      // Met and not met differ in shape too (filled circle, hollow square), not only in colour.
      svg.append(
          met
              ? "<circle cx=\"" + fmt(x) + "\" cy=\"" + fmt(y) + "\" r=\"5\" fill=\"#0b5394\"/>"
              : "<rect x=\""
                  + fmt(x - 5)
                  + "\" y=\""
                  + fmt(y - 5)
                  + "\" width=\"10\" height=\"10\" fill=\"#ffffff\" stroke=\"#a61c00\""
                  + " stroke-width=\"2\"/>");
      svg.append(text(x, y - 10, "middle", indicator.valueText(p.value())));
      svg.append(text(x, bottom + 18, "middle", p.label()));
    }
    if (points.size() > 1) {
      svg.append("<polyline fill=\"none\" stroke=\"#0b5394\" stroke-width=\"2\" points=\"")
          .append(polyline.toString().strip())
          .append("\"/>");
    }
    return svg.append("</svg>").toString();
  }

  static String title(IndicatorView indicator) {
    StringBuilder t =
        new StringBuilder(indicator.name()).append(". Mål ").append(indicator.targetText());
    for (IndicatorView.Point p : indicator.points()) {
      t.append(". ").append(p.label()).append(": ").append(indicator.valueText(p.value()));
    }
    return t.append('.').toString();
  }

  private static double scaleMax(IndicatorView indicator) {
    if (indicator.target().unit() == Target.TargetUnit.PERCENT) {
      return 100;
    }
    double max = indicator.target().value().doubleValue();
    for (IndicatorView.Point p : indicator.points()) {
      max = Math.max(max, p.value().doubleValue());
    }
    return Math.max(1, Math.ceil(max * 1.2));
  }

  private static double x(int i, int n) {
    double span = WIDTH - LEFT - RIGHT - 60;
    return LEFT + 30 + (n == 1 ? span / 2 : span * i / (n - 1));
  }

  private static double y(double value, double max) {
    return HEIGHT - BOTTOM - (HEIGHT - TOP - BOTTOM) * Math.min(value, max) / max;
  }

  private static String line(
      double x1, double y1, double x2, double y2, String colour, String dash) {
    return "<line x1=\""
        + fmt(x1)
        + "\" y1=\""
        + fmt(y1)
        + "\" x2=\""
        + fmt(x2)
        + "\" y2=\""
        + fmt(y2)
        + "\" stroke=\""
        + colour
        + "\" stroke-width=\"1.5\""
        + (dash == null ? "" : " stroke-dasharray=\"" + dash + "\"")
        + "/>";
  }

  private static String text(double x, double y, String anchor, String value) {
    return "<text x=\""
        + fmt(x)
        + "\" y=\""
        + fmt(y)
        + "\" text-anchor=\""
        + anchor
        + "\" font-size=\"12\" fill=\"#1a1a1a\">"
        + escape(value)
        + "</text>";
  }

  private static String fmt(double v) {
    return String.format(java.util.Locale.ROOT, "%.1f", v);
  }

  private static String escape(String s) {
    return HtmlUtils.htmlEscape(s, "UTF-8");
  }
}
