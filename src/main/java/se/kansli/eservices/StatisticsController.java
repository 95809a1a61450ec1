package se.kansli.eservices;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import se.kansli.shared.Actors;

/** E-service statistics for staff: the page, its CSV and its JSON. */
@Controller
class StatisticsController {

  private final EServiceStatistics statistics;

  StatisticsController(EServiceStatistics statistics) {
    this.statistics = statistics;
  }

  @GetMapping("/eservices/statistics")
  String page(@RequestParam(required = false) Integer year, Model model) {
    int y = year == null ? thisYear() : year;
    model.addAttribute("year", y);
    model.addAttribute("rows", statistics.year(y, Actors.required()));
    return "eservices/handling/statistics";
  }

  @GetMapping("/api/eservices/statistics")
  @ResponseBody
  List<StatisticsRow> json(@RequestParam(required = false) Integer year) {
    return statistics.year(year == null ? thisYear() : year, Actors.required());
  }

  @GetMapping("/eservices/statistics/export.csv")
  ResponseEntity<byte[]> csv(@RequestParam(required = false) Integer year) {
    int y = year == null ? thisYear() : year;
    StringBuilder csv = new StringBuilder(Csv.BOM);
    csv.append(
        "E-tjänst;Organisation;Månad;Inkomna;Avslutade;Median handläggningstid (dagar);"
            + "90:e percentil (dagar);Inom måltiden (%);Unika besökare\r\n");
    for (StatisticsRow r : statistics.year(y, Actors.required())) {
      csv.append(Csv.cell(r.eServiceTitle()))
          .append(';')
          .append(Csv.cell(r.organisation()))
          .append(';')
          .append(r.month())
          .append(';')
          .append(r.submissions())
          .append(';')
          .append(r.closed())
          .append(';')
          .append(StatisticsRow.decimal(r.medianDays()))
          .append(';')
          .append(StatisticsRow.decimal(r.p90Days()))
          .append(';')
          .append(r.withinTarget() == null ? "" : Math.round(r.withinTarget() * 100))
          .append(';')
          .append(r.visitors())
          .append("\r\n");
    }
    return ResponseEntity.ok()
        .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            "attachment; filename=\"e-tjanster-statistik-" + y + ".csv\"")
        .body(csv.toString().getBytes(StandardCharsets.UTF_8));
  }

  private static int thisYear() {
    return LocalDate.now(ZoneId.of("Europe/Stockholm")).getYear();
  }
}
