package se.kansli.portfolio;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.kansli.organisations.Organisation;
import se.kansli.organisations.OrganisationDirectory;
import se.kansli.shared.Actor;
import se.kansli.shared.InvalidInput;
import se.kansli.shared.NotFound;
import se.kansli.shared.OrganisationId;
import se.kansli.shared.OrganisationNumber;

/**
 * The agreements signed through the committee (framework agreements and contracts) and their
 * follow-up: the coordinator is reminded by e-mail before each notice deadline and each end, and
 * the follow-up's indicator counts the framework agreements in force.
 */
@Service
public class Agreements {

  private static final Logger log = LoggerFactory.getLogger(Agreements.class);
  static final String NOT_FOUND = "Avtalet finns inte eller så saknar du behörighet.";

  private final AgreementTables tables;
  private final PortfolioTables portfolio;
  private final OrganisationDirectory organisations;
  private final ObjectProvider<JavaMailSender> mail;
  private final List<String> reminderTo;
  private final List<Integer> reminderDays;
  private final String mailFrom;

  Agreements(
      AgreementTables tables,
      PortfolioTables portfolio,
      OrganisationDirectory organisations,
      ObjectProvider<JavaMailSender> mail,
      @Value("${kansli.portfolio.reminder-to:}") List<String> reminderTo,
      @Value("${kansli.portfolio.reminder-days:90,30}") List<Integer> reminderDays,
      @Value("${kansli.signing.mail-from:kansli@localhost}") String mailFrom) {
    this.tables = tables;
    this.portfolio = portfolio;
    this.organisations = organisations;
    this.mail = mail;
    this.reminderTo = reminderTo.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
    this.reminderDays = List.copyOf(reminderDays);
    this.mailFrom = mailFrom;
  }

  /** The agreements of the reader's organisations, by title. */
  @Transactional(readOnly = true)
  public List<AgreementView> list(Actor actor) {
    return views(tables.agreements(ids(actor)));
  }

  /** The framework agreements of every committee in force on the day: the public page's. */
  @Transactional(readOnly = true)
  public List<AgreementView> frameworksInForce(LocalDate day) {
    return views(tables.agreements(null)).stream()
        .filter(AgreementView::framework)
        .filter(a -> a.inForceOn(day))
        .toList();
  }

  /**
   * How many framework agreements of the organisation are in force on the day (started, and not
   * past the end with the options used): what the follow-up's indicator counts.
   */
  @Transactional(readOnly = true)
  public int inForce(String organisation, LocalDate day) {
    return (int)
        views(tables.agreements(List.of(organisation))).stream()
            .filter(AgreementView::framework)
            .filter(a -> a.inForceOn(day))
            .count();
  }

  @Transactional(readOnly = true)
  public AgreementView get(AgreementId id, Actor actor) {
    AgreementTables.StoredAgreement stored =
        tables.agreement(id.value()).orElseThrow(Agreements::notFound);
    if (!actor.belongsTo(OrganisationId.of(stored.organisation()))) {
      throw notFound();
    }
    return views(List.of(stored)).getFirst();
  }

  /** The agreements behind a shared service of the reader's organisations. */
  @Transactional(readOnly = true)
  public List<AgreementView> behind(ServiceId service, Actor actor) {
    return views(tables.behind(service.value())).stream()
        .filter(a -> actor.belongsTo(OrganisationId.of(a.organisation())))
        .toList();
  }

  /**
   * The notice deadlines and ends from {@code day} up to the furthest reminder ahead, soonest
   * first: what the coordinator is about to be reminded of, or has been.
   */
  @Transactional(readOnly = true)
  public List<AgreementDeadline> upcoming(LocalDate day, Actor actor) {
    LocalDate until = day.plusDays(horizon());
    return list(actor).stream()
        .flatMap(a -> deadlines(a).stream())
        .filter(d -> !d.day().isBefore(day) && !d.day().isAfter(until))
        .sorted(Comparator.comparing(AgreementDeadline::day))
        .toList();
  }

  /** How many days ahead the page looks: the earliest reminder. */
  public int horizon() {
    return reminderDays.stream().max(Integer::compare).orElse(90);
  }

  @Transactional
  public AgreementView create(NewAgreement agreement, Actor actor) {
    if (agreement.organisation() == null || agreement.organisation().isBlank()) {
      throw new InvalidInput("organisation", "Välj organisationen som tecknat avtalet.");
    }
    SharedServices.requireCoordinator(agreement.organisation(), actor);
    NewAgreement checked = checked(agreement);
    UUID id = UUID.randomUUID();
    tables.insert(id, checked);
    return get(new AgreementId(id), actor);
  }

  @Transactional
  public AgreementView update(AgreementId id, NewAgreement agreement, Actor actor) {
    AgreementTables.StoredAgreement stored =
        tables.lock(id.value()).orElseThrow(Agreements::notFound);
    if (!actor.belongsTo(OrganisationId.of(stored.organisation()))) {
      throw notFound();
    }
    SharedServices.requireCoordinator(stored.organisation(), actor);
    NewAgreement checked =
        checked(
            new NewAgreement(
                stored.organisation(),
                agreement.kind(),
                agreement.title(),
                agreement.supplierName(),
                agreement.supplierNumber(),
                agreement.scope(),
                agreement.allMembers(),
                agreement.callOff(),
                agreement.startsOn(),
                agreement.endsOn(),
                agreement.options(),
                agreement.noticeMonths(),
                agreement.services(),
                agreement.caseNumber()));
    tables.update(id.value(), checked);
    return get(id, actor);
  }

  /**
   * E-mails the coordinator each reminder that is due: {@code kansli.portfolio.reminder-days}
   * before each notice deadline and each end, every reminder once. Runs for every organisation,
   * without an actor: it is the system's own job.
   *
   * <p>Not one transaction: each reminder is recorded (and so claimed) before the e-mail goes out,
   * so that a second run, a restart or a second instance never sends it again; when sending fails
   * the record is removed and the next run tries anew.
   *
   * @return how many reminders were sent
   */
  public int remind(LocalDate today) {
    JavaMailSender sender = mail.getIfAvailable();
    if (sender == null || reminderTo.isEmpty()) {
      return 0;
    }
    String to = String.join(",", reminderTo);
    int sent = 0;
    for (AgreementView agreement : views(tables.agreements(null))) {
      for (AgreementDeadline deadline : deadlines(agreement)) {
        Optional<Integer> days = AgreementTerms.reminderDue(deadline.day(), today, reminderDays);
        if (days.isEmpty()
            || !tables.recordReminder(
                agreement.id().value(), deadline.kind(), deadline.day(), days.get(), to)) {
          continue;
        }
        try {
          sender.send(message(deadline, today));
          sent++;
        } catch (MailException e) {
          tables.forgetReminder(
              agreement.id().value(), deadline.kind(), deadline.day(), days.get());
          log.warn("Agreements: reminder for {} failed", agreement.id(), e);
        }
      }
    }
    return sent;
  }

  private SimpleMailMessage message(AgreementDeadline deadline, LocalDate today) {
    AgreementView a = deadline.agreement();
    boolean notice = deadline.kind() == AgreementDeadline.Kind.NOTICE;
    SimpleMailMessage message = new SimpleMailMessage();
    message.setFrom(mailFrom);
    message.setTo(reminderTo.toArray(String[]::new));
    message.setSubject(
        (notice ? "Påminnelse: sista dag för uppsägning av " : "Påminnelse: avtalet löper ut, ")
            + a.title()
            + " "
            + deadline.day());
    StringBuilder text = new StringBuilder();
    text.append("Hej,\n\n")
        .append(notice ? "Sista dag att säga upp " : "Avtalet ")
        .append('"')
        .append(a.title())
        .append("\" med ")
        .append(a.supplierName())
        .append(notice ? " är " : " löper ut ")
        .append(deadline.day())
        .append(" (om ")
        .append(java.time.temporal.ChronoUnit.DAYS.between(today, deadline.day()))
        .append(" dagar).\n");
    if (notice) {
      text.append("Avtalet löper annars till ").append(a.end()).append(".\n");
    }
    if (a.terms().extendableOn(today)) {
      text.append("Avtalet har option på förlängning som ännu inte är utnyttjad.\n");
    }
    if (a.caseNumber() != null) {
      text.append("Diarienummer: ").append(a.caseNumber()).append(".\n");
    }
    text.append(
        "\nAvtal följs upp enligt nämndens rutin efter tilldelningsbeslut gällande ramavtal."
            + "\n\nDetta är en automatisk påminnelse från Kansli.\n");
    message.setText(text.toString());
    return message;
  }

  private static List<AgreementDeadline> deadlines(AgreementView a) {
    List<AgreementDeadline> deadlines = new ArrayList<>();
    if (a.noticeDeadline() != null) {
      deadlines.add(new AgreementDeadline(a, AgreementDeadline.Kind.NOTICE, a.noticeDeadline()));
    }
    deadlines.add(new AgreementDeadline(a, AgreementDeadline.Kind.EXPIRY, a.end()));
    return deadlines;
  }

  private NewAgreement checked(NewAgreement a) {
    if (a.kind() == null) {
      throw new InvalidInput("kind", "Välj om det är ett ramavtal eller ett avtal.");
    }
    requireText(a.title(), "title", "Ange avtalets benämning.");
    requireText(a.supplierName(), "supplierName", "Ange leverantören.");
    requireText(a.scope(), "scope", "Beskriv vad avtalet omfattar.");
    String number = null;
    if (a.supplierNumber() != null && !a.supplierNumber().isBlank()) {
      try {
        number = OrganisationNumber.parse(a.supplierNumber()).value();
      } catch (InvalidInput e) {
        throw new InvalidInput("supplierNumber", e.getMessage());
      }
    }
    if (!a.allMembers()) {
      if (a.callOff().isEmpty()) {
        throw new InvalidInput(
            "callOff", "Välj vilka kommuner som får avropa, eller att alla medlemmar får det.");
      }
      for (String m : a.callOff()) {
        organisations
            .find(OrganisationId.of(m))
            .filter(o -> o.kind() == Organisation.Kind.MUNICIPALITY)
            .orElseThrow(() -> new InvalidInput("callOff", "Okänd kommun: " + m + "."));
      }
    }
    new AgreementTerms(a.startsOn(), a.endsOn(), a.options(), a.noticeMonths()).check();
    for (UUID service : a.services()) {
      portfolio
          .service(service)
          .filter(s -> s.organisation().equals(a.organisation()))
          .orElseThrow(() ->
              new InvalidInput("services", "Tjänsten finns inte i organisationens portfölj."));
    }
    return new NewAgreement(
        a.organisation(),
        a.kind(),
        a.title(),
        a.supplierName(),
        number,
        a.scope(),
        a.allMembers(),
        a.allMembers() ? List.of() : a.callOff(),
        a.startsOn(),
        a.endsOn(),
        a.options(),
        a.noticeMonths(),
        a.services(),
        a.caseNumber());
  }

  private List<AgreementView> views(Collection<AgreementTables.StoredAgreement> stored) {
    if (stored.isEmpty()) {
      return List.of();
    }
    List<UUID> ids = stored.stream().map(AgreementTables.StoredAgreement::id).toList();
    Map<UUID, List<ExtensionOption>> options = tables.options(ids);
    Map<UUID, List<AgreementView.Municipality>> callOffs = tables.callOffs(ids);
    Map<UUID, List<AgreementView.Service>> services = tables.services(ids);
    return stored.stream()
        .map(s ->
            new AgreementView(
                new AgreementId(s.id()),
                s.organisation(),
                s.kind(),
                s.title(),
                s.supplierName(),
                s.supplierNumber(),
                s.scope(),
                s.allMembers(),
                callOffs.getOrDefault(s.id(), List.of()),
                new AgreementTerms(
                    s.startsOn(),
                    s.endsOn(),
                    options.getOrDefault(s.id(), List.of()),
                    s.noticeMonths()),
                services.getOrDefault(s.id(), List.of()),
                s.caseNumber()))
        .toList();
  }

  private static List<String> ids(Actor actor) {
    return actor.organisations().stream().map(OrganisationId::value).toList();
  }

  private static void requireText(String value, String field, String message) {
    if (value == null || value.isBlank()) {
      throw new InvalidInput(field, message);
    }
  }

  private static NotFound notFound() {
    return new NotFound(NOT_FOUND);
  }
}
