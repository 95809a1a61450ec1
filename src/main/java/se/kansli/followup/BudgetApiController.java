package se.kansli.followup;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import se.kansli.shared.Actors;
import se.kansli.shared.InvalidInput;

/** The budget as JSON (amounts in kronor as numbers with two decimals) and its CSV files. */
@RestController
class BudgetApiController {

  private final Budgets budgets;
  private final BudgetExports exports;

  BudgetApiController(Budgets budgets, BudgetExports exports) {
    this.budgets = budgets;
    this.exports = exports;
  }

  record CreateBudget(String organisation, Integer year) {}

  record Aki(BigDecimal akiPercent) {}

  @GetMapping("/api/budgets")
  List<BudgetView> list() {
    return budgets.list(Actors.required());
  }

  @PostMapping("/api/budgets")
  @ResponseStatus(HttpStatus.CREATED)
  BudgetView create(@RequestBody CreateBudget body) {
    if (body.year() == null) {
      throw new InvalidInput("year", "Ange år.");
    }
    return budgets.create(body.organisation(), body.year(), Actors.required());
  }

  @GetMapping("/api/budgets/{id}")
  BudgetView get(@PathVariable UUID id) {
    return budgets.get(id, Actors.required());
  }

  @PostMapping("/api/budgets/{id}/lines")
  @ResponseStatus(HttpStatus.CREATED)
  BudgetView addLine(@PathVariable UUID id, @RequestBody NewBudgetLine line) {
    return budgets.addLine(id, line, Actors.required());
  }

  @PutMapping("/api/budgets/{id}/lines/{line}")
  BudgetView updateLine(
      @PathVariable UUID id, @PathVariable UUID line, @RequestBody NewBudgetLine body) {
    return budgets.updateLine(id, line, body, Actors.required());
  }

  @DeleteMapping("/api/budgets/{id}/lines/{line}")
  BudgetView removeLine(@PathVariable UUID id, @PathVariable UUID line) {
    return budgets.removeLine(id, line, Actors.required());
  }

  @PutMapping("/api/budgets/{id}/aki")
  BudgetView setAki(@PathVariable UUID id, @RequestBody Aki body) {
    return budgets.setAki(id, body.akiPercent(), Actors.required());
  }

  @PostMapping("/api/budgets/{id}/next-year")
  @ResponseStatus(HttpStatus.CREATED)
  BudgetView nextYear(@PathVariable UUID id) {
    return budgets.indexNextYear(id, Actors.required());
  }

  @GetMapping("/api/budgets/{id}/allocation")
  BudgetAllocation allocation(
      @PathVariable UUID id, @RequestParam(defaultValue = "COST") LineKind kind) {
    return budgets.allocation(id, kind, Actors.required());
  }

  @GetMapping("/api/budgets/{id}/allocation.csv")
  ResponseEntity<byte[]> allocationCsv(
      @PathVariable UUID id, @RequestParam(defaultValue = "COST") LineKind kind) {
    BudgetAllocation a = budgets.allocation(id, kind, Actors.required());
    return BudgetExports.csv(
        BudgetExports.allocationCsv(a), "fordelning-" + a.budget().year() + ".csv");
  }

  @GetMapping("/api/budgets/{id}/invoice-basis")
  InvoiceBasis invoiceBasis(@PathVariable UUID id) {
    return budgets.invoiceBasis(id, Actors.required());
  }

  @GetMapping("/api/budgets/{id}/invoice-basis.csv")
  ResponseEntity<byte[]> invoiceCsv(@PathVariable UUID id) {
    InvoiceBasis b = budgets.invoiceBasis(id, Actors.required());
    return BudgetExports.csv(
        BudgetExports.invoiceCsv(b), "fakturaunderlag-" + b.budget().year() + ".csv");
  }

  @GetMapping("/api/budgets/{id}/invoice-basis.pdf")
  ResponseEntity<byte[]> invoicePdf(@PathVariable UUID id) {
    InvoiceBasis b = budgets.invoiceBasis(id, Actors.required());
    return BudgetExports.file(
        exports.invoicePdf(b), "application/pdf", "fakturaunderlag-" + b.budget().year() + ".pdf");
  }
}
