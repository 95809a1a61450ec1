package se.kansli.followup;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One year of the annual cycle: the items in date order and a horizontal timeline to draw them as
 * SVG. Every mark carries its label, so the picture is readable without colour; the list beside it
 * says the same in text.
 */
public record CycleYear(int year, List<Entry> entries, Timeline timeline) {

  public record Entry(CycleItemView item, LocalDate due) {}

  public record Timeline(int width, int height, List<Tick> months, List<Mark> marks) {}

  public record Tick(double x, double labelX, String label) {}

  public record Mark(double x, double y, String label, boolean anchorEnd) {}

  static final int WIDTH = 1000;
  private static final int LEFT = 20;
  private static final int SPAN = 960;
  private static final int AXIS = 40;
  private static final int ROW = 24;

  static CycleYear of(int year, List<CycleItemView> items) {
    List<Entry> entries =
        items.stream()
            .map(i -> new Entry(i, i.dueIn(year)))
            .sorted(java.util.Comparator.comparing(Entry::due))
            .toList();
    int days = LocalDate.of(year, 12, 31).getDayOfYear();
    Locale swedish = Locale.forLanguageTag("sv");
    List<Tick> ticks = new ArrayList<>();
    for (int m = 1; m <= 12; m++) {
      double x = x(LocalDate.of(year, m, 1), days);
      double next = m == 12 ? LEFT + SPAN : x(LocalDate.of(year, m + 1, 1), days);
      ticks.add(new Tick(x, (x + next) / 2, month(java.time.Month.of(m), swedish)));
    }
    // One row per item, in date order: labels never overlap, whatever the dates.
    List<Mark> marks = new ArrayList<>();
    for (int i = 0; i < entries.size(); i++) {
      Entry e = entries.get(i);
      double x = x(e.due(), days);
      marks.add(
          new Mark(
              x,
              AXIS + 20 + i * ROW,
              e.due().getDayOfMonth()
                  + " "
                  + month(e.due().getMonth(), swedish)
                  + " "
                  + e.item().title(),
              x > LEFT + SPAN / 2.0));
    }
    return new CycleYear(
        year, entries, new Timeline(WIDTH, AXIS + 30 + entries.size() * ROW, ticks, marks));
  }

  /** "jan", not the JDK's "jan.": the label is short enough without the abbreviation dot. */
  private static String month(java.time.Month month, Locale locale) {
    String name = month.getDisplayName(TextStyle.SHORT_STANDALONE, locale);
    return name.endsWith(".") ? name.substring(0, name.length() - 1) : name;
  }

  private static double x(LocalDate date, int days) {
    return Math.round((LEFT + (date.getDayOfYear() - 1) * (double) SPAN / days) * 10) / 10.0;
  }
}
