package se.kansli.eservices;

import static se.kansli.eservices.FieldType.ADDRESS;
import static se.kansli.eservices.FieldType.CHECKBOX;
import static se.kansli.eservices.FieldType.EMAIL;
import static se.kansli.eservices.FieldType.FILE_UPLOAD;
import static se.kansli.eservices.FieldType.INFORMATION_TEXT;
import static se.kansli.eservices.FieldType.LONG_TEXT;
import static se.kansli.eservices.FieldType.PERSONAL_IDENTITY_NUMBER;
import static se.kansli.eservices.FieldType.PHONE;
import static se.kansli.eservices.FieldType.SHORT_TEXT;
import static se.kansli.eservices.FieldType.SIGNATURE;
import static se.kansli.eservices.FieldType.SINGLE_CHOICE;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import se.kansli.organisations.StaffDirectory;
import se.kansli.shared.Actor;
import se.kansli.shared.OrganisationId;
import se.kansli.shared.Role;

/**
 * Demo only: Kiruna's "Felanmälan gata och park" (anonymous) and "Ansökan om parkeringstillstånd
 * för rörelsehindrade" (signed by the applicant), Luleå's "Begäran om allmän handling" and the
 * committee's "Ansökan om skolskjuts" (signed by both guardians, with a condition), switched on for
 * Kiruna and Luleå; each published. The demo's case officers handle their municipality's groups
 * (Kiruna's {@code handlaggare.kiruna}, Luleå's {@code handlaggare}). An e-service or a member
 * already there is left alone, so a restart adds nothing twice.
 */
@Component
@Order(60)
@ConditionalOnProperty("kansli.demo.enabled")
class DemoEServices implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(DemoEServices.class);

  private final EServices eservices;
  private final GroupMembers members;
  private final StaffDirectory staff;
  private final Clock clock;

  DemoEServices(
      EServices eservices, GroupMembers members, StaffDirectory staff, Optional<Clock> clock) {
    this.eservices = eservices;
    this.members = members;
    this.staff = staff;
    this.clock = clock.orElse(Clock.systemUTC());
  }

  @Override
  public void run(ApplicationArguments args) {
    Actor system =
        new Actor(
            null,
            "system",
            "Kansli demodata",
            EnumSet.of(Role.ADMINISTRATOR),
            Set.of(
                OrganisationId.of("e-namnden"),
                OrganisationId.of("kiruna"),
                OrganisationId.of("lulea")));
    publish(
        system,
        new EServiceSettings(
            "kiruna",
            "Felanmälan gata och park",
            "Anmäl fel på gator, gång- och cykelvägar, gatubelysning, lekplatser och parker. Du kan"
                + " vara anonym.",
            "Bygga och bo",
            "3.1.2",
            "Gatu- och parkenheten",
            false,
            SigningRequirement.NONE,
            null,
            14),
        faultReport());
    publish(
        system,
        new EServiceSettings(
            "lulea",
            "Begäran om allmän handling",
            "Begär att få ta del av en allmän handling hos Luleå kommun. Du behöver inte uppge vem"
                + " du är eller varför du vill ha handlingen.",
            "Kommunen och politik",
            "3.1.3",
            "Registraturen",
            false,
            SigningRequirement.NONE,
            null,
            1),
        documentRequest());
    EServiceView schoolTransport =
        publish(
            system,
            new EServiceSettings(
                "e-namnden",
                "Ansökan om skolskjuts",
                "Ansök om skolskjuts för ditt barn i förskoleklass eller grundskola. Båda"
                    + " vårdnadshavarna skriver under ansökan med e-legitimation.",
                "Skola",
                "3.1.1",
                "Skolskjutshandläggare",
                true,
                SigningRequirement.SEVERAL,
                null,
                30),
            schoolTransport());
    publish(
        system,
        new EServiceSettings(
            "kiruna",
            "Ansökan om parkeringstillstånd för rörelsehindrade",
            "Har du en funktionsnedsättning som gör att du har svårt att gå kan du ansöka om"
                + " parkeringstillstånd, som förare eller som passagerare. Du skriver under"
                + " ansökan med e-legitimation.",
            "Trafik och infrastruktur",
            "3.1.1",
            "Parkeringstillstånd",
            true,
            SigningRequirement.ONE,
            List.of("Inkommen", "Utreds", "Kompletteringar begärda", "Beslut fattat", "Avslutad"),
            42),
        parkingPermit());
    if (schoolTransport != null && schoolTransport.activatedFor().isEmpty()) {
      eservices.activate(schoolTransport.id(), "kiruna", system);
      eservices.activate(schoolTransport.id(), "lulea", system);
    }
    handles("handlaggare.kiruna", "kiruna", "Gatu- och parkenheten");
    handles("handlaggare.kiruna", "kiruna", "Parkeringstillstånd");
    handles("handlaggare.kiruna", "kiruna", "Skolskjutshandläggare");
    handles("handlaggare", "lulea", "Registraturen");
    handles("handlaggare", "lulea", "Skolskjutshandläggare");
  }

  /** Puts the demo user in the officer group, if the user exists and is not in it yet. */
  private void handles(String username, String organisation, String group) {
    OfficerGroup officerGroup = new OfficerGroup(organisation, group);
    staff
        .findByUsername(username)
        .filter(u -> !members.isMember(officerGroup, u.id()))
        .ifPresent(u -> members.add(officerGroup, u.id(), clock.instant(), "demo"));
  }

  /** Creates and publishes the e-service unless its organisation already has it. */
  private EServiceView publish(Actor system, EServiceSettings settings, Form form) {
    String slug = EServices.slug(settings.title());
    if (eservices.list(system).stream()
        .anyMatch(s -> s.organisation().equals(settings.organisation()) && s.slug().equals(slug))) {
      return eservices.list(system).stream()
          .filter(s -> s.organisation().equals(settings.organisation()) && s.slug().equals(slug))
          .findFirst()
          .orElseThrow();
    }
    EServiceView service = eservices.create(settings, system);
    eservices.updateForm(service.draft().id(), form, system);
    eservices.publish(service.draft().id(), system);
    log.info("Demo: e-service {} of {}", settings.title(), settings.organisation());
    return eservices.get(service.id(), system);
  }

  static Form faultReport() {
    return new Form(
        List.of(
            new FormPage(
                "Felet",
                List.of(
                    FormField.of("typ-av-fel", SINGLE_CHOICE, "Vad gäller felet?", true)
                        .withChoices(
                            List.of(
                                "Gatubelysning",
                                "Hål eller skada i gata eller gångväg",
                                "Snöröjning och halkbekämpning",
                                "Lekplats",
                                "Park och grönområde",
                                "Klotter",
                                "Annat")),
                    FormField.of("plats", SHORT_TEXT, "Var finns felet?", true)
                        .withHelp("Gatuadress, korsning eller en plats i närheten."),
                    FormField.of("beskrivning", LONG_TEXT, "Beskriv felet", true)
                        .withValidation(new FieldValidation(10, 2000, null, null, null, null)),
                    FormField.of("fara", CHECKBOX, "Felet kan orsaka en olycka", false),
                    new FormField(
                        "bild",
                        FILE_UPLOAD,
                        "Bild på felet",
                        "Du kan bifoga upp till tre bilder.",
                        false,
                        null,
                        null,
                        null,
                        new FileLimits(3, 10L * 1024 * 1024, List.of("image/jpeg", "image/png"))))),
            new FormPage(
                "Kontakt",
                List.of(
                    FormField.of("om-kontakt", INFORMATION_TEXT, "Du kan vara anonym", false)
                        .withHelp(
                            "Lämna dina kontaktuppgifter om du vill att vi hör av oss när felet"
                                + " är åtgärdat."),
                    FormField.of("aterkoppling", SINGLE_CHOICE, "Vill du ha återkoppling?", true)
                        .withChoices(List.of("Ja", "Nej")),
                    FormField.of("namn", SHORT_TEXT, "Ditt namn", true)
                        .withCondition(new Condition("aterkoppling", "Ja")),
                    FormField.of("epost", EMAIL, "E-postadress", true)
                        .withCondition(new Condition("aterkoppling", "Ja")),
                    FormField.of("telefon", PHONE, "Telefonnummer", false)
                        .withCondition(new Condition("aterkoppling", "Ja"))))));
  }

  static Form parkingPermit() {
    return new Form(
        List.of(
            new FormPage(
                "Tillståndet",
                List.of(
                    FormField.of("galler", SINGLE_CHOICE, "Tillståndet gäller för", true)
                        .withChoices(List.of("Mig som förare", "Mig som passagerare")),
                    FormField.of("adress", ADDRESS, "Din folkbokföringsadress", true),
                    FormField.of("telefon", PHONE, "Telefonnummer dagtid", false))),
            new FormPage(
                "Funktionsnedsättningen",
                List.of(
                    FormField.of(
                            "gangformaga",
                            LONG_TEXT,
                            "Beskriv hur funktionsnedsättningen påverkar din förmåga att gå",
                            true)
                        .withValidation(new FieldValidation(10, 2000, null, null, null, null)),
                    new FormField(
                        "lakarintyg",
                        FILE_UPLOAD,
                        "Läkarintyg",
                        "Intyget ska vara högst tre månader gammalt. Du kan också skicka det med"
                            + " post.",
                        false,
                        null,
                        null,
                        null,
                        new FileLimits(
                            2,
                            10L * 1024 * 1024,
                            List.of("application/pdf", "image/jpeg", "image/png"))),
                    FormField.of(
                        "riktiga-uppgifter",
                        CHECKBOX,
                        "Jag intygar att uppgifterna är riktiga",
                        true),
                    FormField.of("underskrift", SIGNATURE, "Underskrift", false)))));
  }

  static Form documentRequest() {
    return new Form(
        List.of(
            new FormPage(
                "Handlingen",
                List.of(
                    FormField.of("handling", LONG_TEXT, "Vilken handling vill du ta del av?", true)
                        .withHelp("Ange gärna diarienummer, datum eller avsändare."),
                    FormField.of("form", SINGLE_CHOICE, "Hur vill du få handlingen?", true)
                        .withChoices(List.of("Som e-post", "Som papperskopia", "Läsa på plats")),
                    FormField.of("epost", EMAIL, "E-postadress", true)
                        .withCondition(new Condition("form", "Som e-post")),
                    FormField.of("adress", ADDRESS, "Postadress", true)
                        .withCondition(new Condition("form", "Som papperskopia"))))));
  }

  static Form schoolTransport() {
    return new Form(
        List.of(
            new FormPage(
                "Eleven",
                List.of(
                    FormField.of("elevens-namn", SHORT_TEXT, "Elevens namn", true),
                    FormField.of(
                        "elevens-personnummer",
                        PERSONAL_IDENTITY_NUMBER,
                        "Elevens personnummer",
                        true),
                    FormField.of("skola", SHORT_TEXT, "Skola", true),
                    FormField.of("arskurs", SINGLE_CHOICE, "Årskurs läsåret ansökan gäller", true)
                        .withChoices(
                            List.of("Förskoleklass", "1", "2", "3", "4", "5", "6", "7", "8", "9")),
                    FormField.of("adress", ADDRESS, "Elevens folkbokföringsadress", true))),
            new FormPage(
                "Skäl",
                List.of(
                    FormField.of("avstand", SINGLE_CHOICE, "Avstånd mellan hem och skola", true)
                        .withChoices(List.of("Under 2 km", "2–4 km", "Över 4 km")),
                    FormField.of("sarskilda-skal", SINGLE_CHOICE, "Finns det särskilda skäl?", true)
                        .withChoices(List.of("Ja", "Nej"))
                        .withHelp("Till exempel trafikfarlig väg eller en funktionsnedsättning."),
                    FormField.of("skal", LONG_TEXT, "Beskriv de särskilda skälen", true)
                        .withCondition(new Condition("sarskilda-skal", "Ja")),
                    new FormField(
                        "intyg",
                        FILE_UPLOAD,
                        "Intyg",
                        "Till exempel läkarintyg.",
                        false,
                        null,
                        null,
                        new Condition("sarskilda-skal", "Ja"),
                        new FileLimits(2, 10L * 1024 * 1024, List.of("application/pdf"))))),
            new FormPage(
                "Vårdnadshavare",
                List.of(
                    FormField.of(
                            "om-underskrift",
                            INFORMATION_TEXT,
                            "Båda vårdnadshavarna skriver under",
                            false)
                        .withHelp(
                            "Har eleven två vårdnadshavare får den andra en inbjudan via e-post att"
                                + " skriva under ansökan."),
                    FormField.of(
                        "andra-vardnadshavare", SHORT_TEXT, "Andra vårdnadshavarens namn", false),
                    FormField.of(
                        "andra-vardnadshavare-epost",
                        EMAIL,
                        "Andra vårdnadshavarens e-postadress",
                        false),
                    FormField.of(
                        "riktiga-uppgifter",
                        CHECKBOX,
                        "Jag intygar att uppgifterna är riktiga",
                        true),
                    FormField.of("underskrift", SIGNATURE, "Underskrift", false)))));
  }
}
