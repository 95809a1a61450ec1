package se.kansli.eservices;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import se.kansli.organisations.OrganisationDirectory;
import se.kansli.shared.FieldProblem;
import se.kansli.shared.OrganisationId;
import se.kansli.signing.EidAuthentication;
import se.kansli.signing.EidAuthenticationStarted;
import se.kansli.signing.EidAuthenticationStatus;

/**
 * The resident's login with eID, without JavaScript: choose an eID, open it, then press "continue"
 * until the eID says who it is. The authentication's id stays in the session, never in the page, so
 * nobody can finish another person's login by posting its id.
 */
@Controller
class ResidentLoginController {

  static final String COMMITTEE = "e-namnden";
  private static final String PENDING = "KANSLI_RESIDENT_EID_LOGIN";

  private final EidAuthentication eid;
  private final ResidentAccounts accounts;
  private final OrganisationDirectory organisations;

  ResidentLoginController(
      EidAuthentication eid, ResidentAccounts accounts, OrganisationDirectory organisations) {
    this.eid = eid;
    this.accounts = accounts;
    this.organisations = organisations;
  }

  /** The login under way, as the session keeps it. */
  record PendingLogin(UUID authentication, String fortsatt, String autoStartToken)
      implements Serializable {}

  @GetMapping(ResidentSecurity.LOGIN)
  String page(
      @RequestParam(required = false) String fortsatt,
      @RequestParam(required = false) String organisation,
      @RequestParam(required = false) String utloggad,
      Model model) {
    return page(model, fortsatt, organisation, utloggad != null, Map.of());
  }

  @PostMapping(ResidentSecurity.LOGIN)
  String start(
      @RequestParam(required = false) String method,
      @RequestParam(required = false) String fortsatt,
      @RequestParam(required = false) String organisation,
      HttpServletRequest request,
      Model model) {
    if (method == null || !eid.methods().containsKey(method)) {
      return page(model, fortsatt, organisation, false, Map.of("method", "Välj e-legitimation."));
    }
    try {
      EidAuthenticationStarted started =
          eid.start(
              OrganisationId.of(meteredOrganisation(organisation)),
              method,
              request.getRemoteAddr(),
              true);
      request
          .getSession(true)
          .setAttribute(
              PENDING,
              new PendingLogin(
                  started.id(),
                  ResidentSecurity.safeContinuation(fortsatt),
                  started.autoStartToken()));
      return "redirect:" + ResidentSecurity.LOGIN + "/vanta";
    } catch (FieldProblem e) {
      return page(model, fortsatt, organisation, false, Map.of("method", e.getMessage()));
    }
  }

  @GetMapping(ResidentSecurity.LOGIN + "/vanta")
  String waiting(HttpSession session, Model model) {
    PendingLogin pending = pending(session);
    if (pending == null) {
      return "redirect:" + ResidentSecurity.LOGIN;
    }
    return waitingPage(model, pending, "Legitimera dig med din e-legitimation.");
  }

  @PostMapping(ResidentSecurity.LOGIN + "/vanta")
  String check(HttpServletRequest request, HttpServletResponse response, Model model) {
    HttpSession session = request.getSession(false);
    PendingLogin pending = pending(session);
    if (pending == null) {
      return "redirect:" + ResidentSecurity.LOGIN;
    }
    EidAuthenticationStatus status = eid.status(pending.authentication());
    if (status.state() == EidAuthenticationStatus.State.PENDING) {
      return waitingPage(model, pending, status.userMessage());
    }
    session.removeAttribute(PENDING);
    if (!status.complete()) {
      return page(
          model,
          pending.fortsatt(),
          null,
          false,
          Map.of(
              "method",
              status.userMessage() == null
                  ? "Inloggningen avbröts. Försök igen."
                  : status.userMessage()));
    }
    ResidentView resident = accounts.signIn(status.identity());
    ResidentSecurity.signIn(
        new ResidentPrincipal(resident.id(), resident.name()), request, response);
    return "redirect:" + ResidentSecurity.safeContinuation(pending.fortsatt());
  }

  @PostMapping(ResidentSecurity.LOGIN + "/avbryt")
  String cancel(HttpSession session) {
    PendingLogin pending = pending(session);
    if (pending != null) {
      eid.cancel(pending.authentication());
      session.removeAttribute(PENDING);
    }
    return "redirect:" + ResidentSecurity.LOGIN;
  }

  private String page(
      Model model,
      String fortsatt,
      String organisation,
      boolean loggedOut,
      Map<String, String> errors) {
    model.addAttribute("methods", eid.methods());
    model.addAttribute("fortsatt", ResidentSecurity.safeContinuation(fortsatt));
    model.addAttribute("organisation", meteredOrganisation(organisation));
    model.addAttribute("loggedOut", loggedOut);
    model.addAttribute("errors", errors);
    return "eservices/resident/login";
  }

  private String waitingPage(Model model, PendingLogin pending, String message) {
    model.addAttribute("message", message);
    model.addAttribute("autoStartToken", pending.autoStartToken());
    return "eservices/resident/login-wait";
  }

  /** The e-service's organisation pays for the eID; the committee when none is known. */
  private String meteredOrganisation(String organisation) {
    return organisation != null && organisations.exists(organisation) ? organisation : COMMITTEE;
  }

  private static PendingLogin pending(HttpSession session) {
    return session == null ? null : (PendingLogin) session.getAttribute(PENDING);
  }
}
