package se.kansli.portfolio;

import java.time.LocalDate;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import se.kansli.platform.SwedishTime;

/** What the committee runs and who takes part: for residents and the member municipalities. */
@Controller
class PublicPortfolioController {

  private final SharedServices services;
  private final Initiatives initiatives;
  private final Agreements agreements;

  PublicPortfolioController(
      SharedServices services, Initiatives initiatives, Agreements agreements) {
    this.services = services;
    this.initiatives = initiatives;
    this.agreements = agreements;
  }

  @GetMapping("/public/portfolio")
  String portfolio(Model model) {
    model.addAttribute("services", services.all());
    model.addAttribute(
        "initiatives", initiatives.all().stream().filter(InitiativeView::open).toList());
    LocalDate today = LocalDate.now(SwedishTime.ZONE);
    model.addAttribute("today", today);
    model.addAttribute("agreements", agreements.frameworksInForce(today));
    return "portfolio/public";
  }
}
