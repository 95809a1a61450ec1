package se.kansli.followup;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import se.kansli.shared.PdfA;

/**
 * The budget's files: the allocation table and the invoice basis as CSV for spreadsheets (semicolon
 * separated with decimal comma and a byte order mark, as Swedish Excel reads them) and the invoice
 * basis as PDF/A for the accounts.
 */
@Component
class BudgetExports {

  private static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");
  private static final String BOM = "\ufeff";

  private final ITemplateEngine templates;

  BudgetExports(ITemplateEngine templates) {
    this.templates = templates;
  }

  static String allocationCsv(BudgetAllocation allocation) {
    StringBuilder csv = new StringBuilder(BOM);
    csv.append("Kommun");
    allocation.lines().forEach(l -> csv.append(';').append(cell(l.name() + " (kr)")));
    csv.append(";Totalt (kr)\r\n");
    for (BudgetAllocation.Row row : allocation.rows()) {
      csv.append(cell(row.name()));
      row.shares().forEach(s -> csv.append(';').append(s.plain()));
      csv.append(';').append(row.total().plain()).append("\r\n");
    }
    csv.append("Summa");
    allocation.lines().forEach(l -> csv.append(';').append(l.amount().plain()));
    csv.append(';').append(allocation.total().plain()).append("\r\n");
    return csv.toString();
  }

  static String invoiceCsv(InvoiceBasis basis) {
    StringBuilder csv = new StringBuilder(BOM);
    csv.append(
        "Kommun;Avgifter (kr);Transaktioner;Transaktionskostnad (kr);Att fakturera (kr)\r\n");
    for (InvoiceBasis.Row row : basis.rows()) {
      String used =
          String.join(
              ", ", row.transactions().stream().map(t -> t.count() + " " + t.priceKey()).toList());
      csv.append(cell(row.name()))
          .append(';')
          .append(row.fees().plain())
          .append(';')
          .append(cell(used))
          .append(';')
          .append(row.transactionCosts().plain())
          .append(';')
          .append(row.total().plain())
          .append("\r\n");
    }
    csv.append("Summa;;;;").append(basis.total().plain()).append("\r\n");
    return csv.toString();
  }

  byte[] invoicePdf(InvoiceBasis basis) {
    return PdfA.write(
        templates.process(
            "followup/pdf/invoice-basis", new Context(SWEDISH, Map.of("basis", basis))));
  }

  static ResponseEntity<byte[]> csv(String text, String fileName) {
    return file(text.getBytes(StandardCharsets.UTF_8), "text/csv;charset=UTF-8", fileName);
  }

  static ResponseEntity<byte[]> file(byte[] bytes, String mediaType, String fileName) {
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(mediaType))
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename(fileName, StandardCharsets.UTF_8)
                .build()
                .toString())
        .body(bytes);
  }

  /** Quotes a cell when it holds a separator, quote or line break; and defuses formulas. */
  private static String cell(String text) {
    String t = text;
    if (!t.isEmpty() && "=+-@".indexOf(t.charAt(0)) >= 0) {
      t = "'" + t;
    }
    if (t.contains(";") || t.contains("\"") || t.contains("\n") || t.contains("\r")) {
      return '"' + t.replace("\"", "\"\"") + '"';
    }
    return t;
  }
}
