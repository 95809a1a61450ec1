package se.kansli.portfolio;

import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import se.kansli.platform.SwedishTime;
import se.kansli.shared.Actors;

/** The agreements as JSON; errors are problem+json. */
@RestController
class AgreementApiController {

  private final Agreements agreements;

  AgreementApiController(Agreements agreements) {
    this.agreements = agreements;
  }

  @GetMapping("/api/portfolio/agreements")
  List<AgreementView> list() {
    return agreements.list(Actors.required());
  }

  @PostMapping("/api/portfolio/agreements")
  @ResponseStatus(HttpStatus.CREATED)
  AgreementView create(@RequestBody NewAgreement agreement) {
    return agreements.create(agreement, Actors.required());
  }

  @GetMapping("/api/portfolio/agreements/{id}")
  AgreementView get(@PathVariable String id) {
    return agreements.get(AgreementId.of(id), Actors.required());
  }

  @PutMapping("/api/portfolio/agreements/{id}")
  AgreementView update(@PathVariable String id, @RequestBody NewAgreement agreement) {
    return agreements.update(AgreementId.of(id), agreement, Actors.required());
  }

  /** Notice deadlines and ends coming up from the day (today unless given). */
  @GetMapping("/api/portfolio/agreements/deadlines")
  List<AgreementDeadline> deadlines(@RequestParam(required = false) LocalDate day) {
    return agreements.upcoming(
        day == null ? LocalDate.now(SwedishTime.ZONE) : day, Actors.required());
  }

  /** Every committee's framework agreements in force today, without login. */
  @GetMapping("/api/public/portfolio/agreements")
  List<AgreementView> publicAgreements() {
    return agreements.frameworksInForce(LocalDate.now(SwedishTime.ZONE));
  }
}
