package se.kansli.followup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import se.kansli.shared.Actors;
import se.kansli.shared.InvalidInput;

/** Actuals from the ledger, the forecast per line and the follow-up of a budget as JSON. */
@RestController
class ActualsApiController {

  private final Actuals actuals;

  ActualsApiController(Actuals actuals) {
    this.actuals = actuals;
  }

  record ForecastBody(BigDecimal amount, String comment) {}

  @PostMapping("/api/budgets/{id}/actuals")
  @ResponseStatus(HttpStatus.CREATED)
  ImportResult importLedger(
      @PathVariable UUID id, @RequestParam(required = false) MultipartFile file) {
    if (file == null || file.isEmpty()) {
      throw new InvalidInput("file", "Välj en CSV-fil från ekonomisystemet.");
    }
    return actuals.importLedger(id, file.getOriginalFilename(), bytes(file), Actors.required());
  }

  @GetMapping("/api/budgets/{id}/follow-up")
  BudgetOutcome followUp(@PathVariable UUID id) {
    return actuals.outcome(id, Actors.required());
  }

  @PutMapping("/api/budgets/{id}/lines/{line}/forecast")
  BudgetOutcome setForecast(
      @PathVariable UUID id, @PathVariable UUID line, @RequestBody ForecastBody body) {
    return actuals.setForecast(id, line, body.amount(), body.comment(), Actors.required());
  }

  static byte[] bytes(MultipartFile file) {
    try {
      return file.getBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
