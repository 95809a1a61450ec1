package se.kansli.meetings;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import se.kansli.shared.InvalidInput;
import se.kansli.shared.NotFound;

/**
 * The minutes (sammanträdesprotokoll) and certified extracts (protokollsutdrag) as PDF/A-2
 * documents, laid out as the committee's earlier minutes: Thymeleaf templates under {@code
 * templates/meetings/pdf/} rendered by {@link se.kansli.shared.PdfA}. The signing capability later
 * stamps and seals the minutes, so nothing here is signed.
 */
@Component
class MinutesDocument {

  private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");
  private static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");

  private final ITemplateEngine templates;
  private final Clock clock;

  MinutesDocument(ITemplateEngine templates, Optional<Clock> clock) {
    this.templates = templates;
    this.clock = clock.orElse(Clock.systemUTC());
  }

  /** Every item of the meeting, confidential ones too: the minutes are the official record. */
  byte[] minutes(MeetingView meeting, String hostMunicipalityName) {
    PrintedMeeting printed = PrintedMeeting.of(meeting, hostMunicipalityName);
    List<PrintedItem> items =
        meeting.items().stream().map(item -> PrintedItem.of(meeting, item)).toList();
    return render(
        "meetings/pdf/minutes",
        Map.of(
            "meeting",
            printed,
            "items",
            items,
            "kind",
            "Protokoll",
            "title",
            "Protokoll " + printed.bodyName() + " " + printed.date()));
  }

  /**
   * One item with the meeting's facts in short and the certification that it matches the minutes
   * (utdragsbestyrkande), which the person certifying signs for with today's date.
   */
  byte[] extract(
      MeetingView meeting, AgendaItemId item, String hostMunicipalityName, String certifiedBy) {
    AgendaItemView chosen =
        meeting.item(item).orElseThrow(() -> new NotFound("Ärendet finns inte i protokollet."));
    if (chosen.paragraph() == null) {
      throw new InvalidInput("item", "Ärendet har inget paragrafnummer ännu.");
    }
    PrintedMeeting printed = PrintedMeeting.of(meeting, hostMunicipalityName);
    return render(
        "meetings/pdf/extract",
        Map.of(
            "meeting",
            printed,
            "item",
            PrintedItem.of(meeting, chosen),
            "kind",
            "Protokollsutdrag",
            // The § only, never the item's title: a confidential title must not reach metadata.
            "title",
            "Protokollsutdrag "
                + printed.bodyName()
                + " "
                + printed.date()
                + " "
                + chosen.paragraphLabel(),
            "certifiedBy",
            Text.required(certifiedBy, "certifiedBy", "Ange vem som bestyrker utdraget."),
            "certifiedOn",
            LocalDate.now(clock.withZone(SWEDEN)).toString()));
  }

  /**
   * One § attested at the meeting itself (Kommunallagen 5 kap. 70 §, applied to committees by 6
   * kap. 35 §), signed by the chair and the attesters before the rest of the minutes.
   */
  byte[] immediate(MeetingView meeting, AgendaItemView item, String hostMunicipalityName) {
    PrintedMeeting printed = PrintedMeeting.of(meeting, hostMunicipalityName);
    return render(
        "meetings/pdf/supplement",
        Map.of(
            "meeting",
            printed,
            "item",
            PrintedItem.of(meeting, item),
            "kind",
            "Omedelbart justerad paragraf",
            "title",
            "Omedelbart justerad paragraf "
                + printed.bodyName()
                + " "
                + printed.date()
                + " "
                + item.paragraphLabel()));
  }

  /** A correction of attested minutes: a new document that points to them, never an edit. */
  byte[] correction(
      MeetingView meeting,
      AgendaItemView item,
      String correction,
      String originalSha256,
      String hostMunicipalityName) {
    PrintedMeeting printed = PrintedMeeting.of(meeting, hostMunicipalityName);
    return render(
        "meetings/pdf/supplement",
        Map.of(
            "meeting",
            printed,
            "item",
            PrintedItem.of(meeting, item),
            "kind",
            "Rättelse av protokoll",
            "correction",
            correction,
            "originalSha256",
            originalSha256,
            "title",
            "Rättelse av protokoll "
                + printed.bodyName()
                + " "
                + printed.date()
                + " "
                + item.paragraphLabel()));
  }

  private byte[] render(String template, Map<String, Object> variables) {
    Context context = new Context(SWEDISH, variables);
    return se.kansli.shared.PdfA.write(templates.process(template, context));
  }
}
