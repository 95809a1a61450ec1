package se.kansli.followup;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
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
import se.kansli.shared.Actor;
import se.kansli.shared.InvalidInput;
import se.kansli.shared.NotFound;
import se.kansli.shared.OrganisationId;

/**
 * The annual cycle (årshjul): recurring items with their reporting directive, owner and yearly due
 * date, the year drawn as a timeline, and e-mail reminders to the owner before an item is due.
 */
@Service
public class AnnualCycle {

  private static final Logger log = LoggerFactory.getLogger(AnnualCycle.class);

  private final CycleTables tables;
  private final ObjectProvider<JavaMailSender> mail;
  private final int reminderDays;
  private final String mailFrom;

  AnnualCycle(
      CycleTables tables,
      ObjectProvider<JavaMailSender> mail,
      @Value("${kansli.followup.reminder-days:14}") int reminderDays,
      @Value("${kansli.signing.mail-from:kansli@localhost}") String mailFrom) {
    this.tables = tables;
    this.mail = mail;
    this.reminderDays = reminderDays;
    this.mailFrom = mailFrom;
  }

  @Transactional(readOnly = true)
  public List<CycleItemView> items(Actor actor) {
    return tables.of(Audits.organisations(actor));
  }

  @Transactional(readOnly = true)
  public CycleItemView get(UUID id, Actor actor) {
    return tables
        .find(id, Audits.organisations(actor))
        .orElseThrow(
            () -> new NotFound("Punkten i årshjulet finns inte eller så saknar du behörighet."));
  }

  @Transactional(readOnly = true)
  public CycleYear year(int year, Actor actor) {
    if (year < 1990 || year > 2200) {
      throw new InvalidInput("year", "Året ska vara mellan 1990 och 2200.");
    }
    return CycleYear.of(year, items(actor));
  }

  @Transactional
  public CycleItemView add(NewCycleItem item, Actor actor) {
    actor.requireRegistering();
    if (item.organisation() == null || item.organisation().isBlank()) {
      throw new InvalidInput("organisation", "Välj organisation.");
    }
    actor.requireMemberOf(OrganisationId.of(item.organisation()));
    if (item.kind() == null) {
      throw new InvalidInput("kind", "Välj vad punkten gäller.");
    }
    Audits.requireText(item.title(), "title", "Ange en rubrik.");
    Audits.requireText(
        item.directive(),
        "directive",
        "Skriv rapporteringsdirektivet: vem rapporterar vad till vem.");
    Audits.requireText(item.owner(), "owner", "Ange vem som ansvarar.");
    if (item.ownerEmail() != null
        && !item.ownerEmail().isBlank()
        && !item.ownerEmail().strip().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
      throw new InvalidInput("ownerEmail", "E-postadressen ser inte rätt ut.");
    }
    if (item.dueMonth() == null || item.dueDay() == null) {
      throw new InvalidInput("dueMonth", "Ange månad och dag då punkten ska vara klar.");
    }
    try {
      MonthDay.of(item.dueMonth(), item.dueDay());
    } catch (DateTimeException e) {
      throw new InvalidInput("dueDay", "Det finns ingen sådan dag i månaden.");
    }
    UUID id = UUID.randomUUID();
    tables.insert(id, item);
    return get(id, actor);
  }

  /**
   * E-mails each owner once per item and year when the item is due within the configured number of
   * days. Runs for every organisation, without an actor: it is the system's own job.
   *
   * <p>Not one transaction: each reminder is recorded (and so claimed) before the e-mail goes out,
   * so that two instances never both send it; when sending fails the record is removed again and
   * the next run tries anew.
   *
   * @return how many reminders were sent
   */
  public int remind(LocalDate today) {
    JavaMailSender sender = mail.getIfAvailable();
    if (sender == null) {
      return 0;
    }
    int sent = 0;
    for (CycleItemView item : tables.withOwnerEmail()) {
      for (int year = today.getYear(); year <= today.getYear() + 1; year++) {
        LocalDate due = item.dueIn(year);
        if (today.isAfter(due) || today.isBefore(due.minusDays(reminderDays))) {
          continue;
        }
        if (!tables.recordReminder(item.id(), year, item.ownerEmail())) {
          continue;
        }
        try {
          sender.send(message(item, due));
          sent++;
        } catch (MailException e) {
          tables.forgetReminder(item.id(), year);
          log.warn("Annual cycle: reminder for {} to {} failed", item.id(), item.ownerEmail(), e);
        }
      }
    }
    return sent;
  }

  private SimpleMailMessage message(CycleItemView item, LocalDate due) {
    SimpleMailMessage message = new SimpleMailMessage();
    message.setFrom(mailFrom);
    message.setTo(item.ownerEmail());
    message.setSubject("Påminnelse: " + item.title() + " ska vara klar " + due);
    message.setText(
        "Hej "
            + item.owner()
            + ",\n\nI årshjulet ska \""
            + item.title()
            + "\" vara klar "
            + due
            + ".\n\nRapporteringsdirektiv: "
            + item.directive()
            + "\n\nDetta är en automatisk påminnelse från Kansli.\n");
    return message;
  }
}
