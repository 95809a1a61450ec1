package se.kansli.eservices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.kansli.shared.InvalidInput;

class FormRulesTest {

  static Form form(FormField... fields) {
    return new Form(List.of(new FormPage("Uppgifter", List.of(fields))));
  }

  static Map<String, List<String>> answers(String... keyValues) {
    Map<String, List<String>> map = new HashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      map.computeIfAbsent(keyValues[i], k -> new java.util.ArrayList<>()).add(keyValues[i + 1]);
    }
    return map;
  }

  static List<String> problems(Form form, Map<String, List<String>> answers) {
    return FormRules.check(form, answers).problems().stream()
        .map(p -> p.field() + ": " + p.message())
        .toList();
  }

  @Test
  void aRequiredFieldMustBeAnsweredAndAnOptionalOneMayBeLeftOut() {
    Form form =
        form(
            FormField.of("namn", FieldType.SHORT_TEXT, "Namn", true),
            FormField.of("ovrigt", FieldType.LONG_TEXT, "Övrigt", false));
    assertThat(problems(form, answers("namn", "  ", "ovrigt", "")))
        .containsExactly("namn: Fyll i ”Namn”.");
    AnswerCheck ok = FormRules.check(form, answers("namn", "  Anna Andersson "));
    assertThat(ok.ok()).isTrue();
    assertThat(ok.answers()).containsExactlyEntriesOf(Map.of("namn", List.of("Anna Andersson")));
  }

  @Test
  void textLengthsAndPatternsAreChecked() {
    Form form =
        form(
            FormField.of("kort", FieldType.SHORT_TEXT, "Kort", false)
                .withValidation(new FieldValidation(3, 5, null, null, null, null)),
            FormField.of("fastighet", FieldType.SHORT_TEXT, "Fastighet", false)
                .withValidation(
                    new FieldValidation(
                        null,
                        null,
                        null,
                        null,
                        "[A-ZÅÄÖ]+ \\d+:\\d+",
                        "Skriv fastighetsbeteckningen som KIRUNA 1:23.")),
            FormField.of("lang", FieldType.SHORT_TEXT, "Lång", false));
    assertThat(
            problems(form, answers("kort", "ab", "fastighet", "kiruna", "lang", "x".repeat(201))))
        .containsExactly(
            "kort: ”Kort” ska vara minst 3 tecken.",
            "fastighet: Skriv fastighetsbeteckningen som KIRUNA 1:23.",
            "lang: ”Lång” får vara högst 200 tecken.");
    assertThat(problems(form, answers("kort", "abcdef")))
        .containsExactly("kort: ”Kort” får vara högst 5 tecken.");
    assertThat(FormRules.check(form, answers("kort", "abc", "fastighet", "KIRUNA 1:23")).ok())
        .isTrue();
  }

  @Test
  void numbersAreReadTheSwedishWayAndKeptInRange() {
    Form form =
        form(
            FormField.of("antal", FieldType.NUMBER, "Antal barn", true)
                .withValidation(
                    new FieldValidation(null, null, BigDecimal.ONE, BigDecimal.TEN, null, null)));
    assertThat(FormRules.check(form, answers("antal", "2,50")).answers())
        .containsEntry("antal", List.of("2.5"));
    assertThat(problems(form, answers("antal", "0")))
        .containsExactly("antal: ”Antal barn” ska vara minst 1.");
    assertThat(problems(form, answers("antal", "11")))
        .containsExactly("antal: ”Antal barn” får vara högst 10.");
    assertThat(problems(form, answers("antal", "två")))
        .containsExactly("antal: ”Antal barn”: skriv ett tal, till exempel 12 eller 10,5.");
  }

  @Test
  void datesEmailsPhonesAndIdentityNumbersAreCheckedAndNormalised() {
    Form form =
        form(
            FormField.of("datum", FieldType.DATE, "Datum", false),
            FormField.of("epost", FieldType.EMAIL, "E-post", false),
            FormField.of("telefon", FieldType.PHONE, "Telefon", false),
            FormField.of("pnr", FieldType.PERSONAL_IDENTITY_NUMBER, "Personnummer", false),
            FormField.of("orgnr", FieldType.ORGANISATION_NUMBER, "Organisationsnummer", false));
    assertThat(
            problems(
                form,
                answers(
                    "datum",
                    "15/3",
                    "epost",
                    "anna.exempel.se",
                    "telefon",
                    "ring mig",
                    "pnr",
                    "19121212-1213",
                    "orgnr",
                    "5560000000")))
        .extracting(p -> p.substring(0, p.indexOf(':')))
        .containsExactly("datum", "epost", "telefon", "pnr", "orgnr");
    AnswerCheck ok =
        FormRules.check(
            form,
            answers(
                "datum",
                "2026-03-15",
                "epost",
                "anna@exempel.se",
                "telefon",
                "0980-700 00",
                "pnr",
                "191212121212",
                "orgnr",
                "2120000142"));
    assertThat(ok.problems()).isEmpty();
    assertThat(ok.answers())
        .containsEntry("pnr", List.of("19121212-1212"))
        .containsEntry("orgnr", List.of("212000-0142"))
        .containsEntry("datum", List.of("2026-03-15"));
  }

  @Test
  void anAddressHasStreetPostcodeAndCity() {
    Form form = form(FormField.of("adress", FieldType.ADDRESS, "Adress", true));
    assertThat(problems(form, answers()))
        .containsExactly(
            "adress.street: Skriv gatuadress.",
            "adress.postcode: Skriv postnumret med fem siffror, till exempel 981 31.",
            "adress.city: Skriv postort.");
    AnswerCheck ok =
        FormRules.check(
            form,
            answers(
                "adress.street",
                "Hjalmar Lundbohmsvägen 31",
                "adress.postcode",
                "98131",
                "adress.city",
                "Kiruna"));
    assertThat(ok.answers()).containsEntry("adress.postcode", List.of("981 31"));
  }

  @Test
  void aChoiceThatIsNotOfferedIsRefusedAsTampered() {
    Form form =
        form(
            FormField.of("skal", FieldType.SINGLE_CHOICE, "Skäl", true)
                .withChoices(List.of("Avstånd", "Trafikfarlig väg")),
            FormField.of("dagar", FieldType.MULTIPLE_CHOICE, "Dagar", false)
                .withChoices(List.of("Måndag", "Tisdag", "Onsdag")),
            FormField.of("intyg", FieldType.CHECKBOX, "Jag intygar", true));
    assertThat(problems(form, answers("skal", "Annat", "dagar", "Söndag", "intyg", "kanske")))
        .containsExactly(
            "skal: ”Skäl”: välj bland de svar som finns.",
            "dagar: ”Dagar”: välj bland de svar som finns.",
            "intyg: ”Jag intygar”: kryssrutan kan bara kryssas i.");
    assertThat(
            problems(form, answers("skal", "Avstånd", "skal", "Trafikfarlig väg", "intyg", "ja")))
        .containsExactly("skal: ”Skäl” har bara ett svar.");
    AnswerCheck ok =
        FormRules.check(
            form, answers("skal", "Avstånd", "dagar", "Onsdag", "dagar", "Måndag", "intyg", "ja"));
    assertThat(ok.answers()).containsEntry("dagar", List.of("Måndag", "Onsdag"));
    assertThat(problems(form, answers("skal", "Avstånd")))
        .containsExactly("intyg: Kryssa i ”Jag intygar”.");
  }

  @Test
  void anUnknownKeyIsRefusedButTheFrameworksOwnFieldsAreNot() {
    Form form = form(FormField.of("namn", FieldType.SHORT_TEXT, "Namn", false));
    assertThat(problems(form, answers("namn", "A", "belopp", "1000000", "_csrf", "abc")))
        .containsExactly("belopp: Formuläret har inget fält ”belopp”.");
  }

  @Test
  void anInformationTextOrSignatureStepTakesNoAnswer() {
    Form form =
        form(
            FormField.of("info", FieldType.INFORMATION_TEXT, "Om skolskjuts", true),
            FormField.of("underskrift", FieldType.SIGNATURE, "Underskrift", true));
    assertThat(FormRules.check(form, answers()).ok()).isTrue();
    assertThat(problems(form, answers("info", "x")))
        .containsExactly("info: Formuläret har inget fält ”info”.");
  }

  @Test
  void aFileUploadIsLimitedInCount() {
    Form form =
        form(
            new FormField(
                "bilaga",
                FieldType.FILE_UPLOAD,
                "Ritning",
                null,
                true,
                null,
                null,
                null,
                new FileLimits(1, 1000, List.of("application/pdf"))));
    assertThat(problems(form, answers())).containsExactly("bilaga: Bifoga ”Ritning”.");
    assertThat(problems(form, answers("bilaga", "a", "bilaga", "b")))
        .containsExactly("bilaga: ”Ritning”: högst 1 filer får bifogas.");
  }

  static Form conditional() {
    return form(
        FormField.of("sarskilda", FieldType.SINGLE_CHOICE, "Särskilda skäl", true)
            .withChoices(List.of("Ja", "Nej")),
        FormField.of("typ", FieldType.SINGLE_CHOICE, "Typ av skäl", true)
            .withChoices(List.of("Medicinska", "Andra"))
            .withCondition(new Condition("sarskilda", "Ja")),
        FormField.of("intyg", FieldType.SHORT_TEXT, "Läkarintyg från", true)
            .withCondition(new Condition("typ", "Medicinska")));
  }

  @Test
  void aConditionalFieldIsRequiredOnlyWhenShown() {
    assertThat(problems(conditional(), answers("sarskilda", "Nej"))).isEmpty();
    assertThat(problems(conditional(), answers("sarskilda", "Ja")))
        .containsExactly("typ: Välj ett svar på ”Typ av skäl”.");
  }

  @Test
  void conditionsAreFollowedTransitively() {
    // "intyg" depends on "typ", which is hidden because "sarskilda" is Nej: so it is hidden too,
    // even though "typ" was (tampered to be) answered Medicinska.
    Map<String, List<String>> answers = answers("sarskilda", "Nej", "typ", "Medicinska");
    assertThat(FormRules.visibleFields(conditional(), answers)).containsExactly("sarskilda");
    assertThat(
            FormRules.visibleFields(conditional(), answers("sarskilda", "Ja", "typ", "Medicinska")))
        .containsExactlyInAnyOrder("sarskilda", "typ", "intyg");
  }

  @Test
  void anAnswerToAHiddenFieldIsRefusedNotDropped() {
    assertThat(
            problems(
                conditional(), answers("sarskilda", "Nej", "typ", "Medicinska", "intyg", "Dr X")))
        .containsExactly(
            "typ: ”Typ av skäl” ska inte besvaras med de svar du har lämnat.",
            "intyg: ”Läkarintyg från” ska inte besvaras med de svar du har lämnat.");
    // An empty value from a field the page showed anyway is no answer.
    assertThat(problems(conditional(), answers("sarskilda", "Nej", "typ", ""))).isEmpty();
  }

  @Test
  void aPageIsCheckedOnItsOwnWithTheEarlierPagesDecidingItsConditions() {
    Form form =
        new Form(
            List.of(
                new FormPage(
                    "Eleven",
                    List.of(
                        FormField.of("elev", FieldType.SHORT_TEXT, "Elevens namn", true),
                        FormField.of("sarskilda", FieldType.SINGLE_CHOICE, "Särskilda skäl", true)
                            .withChoices(List.of("Ja", "Nej")))),
                new FormPage(
                    "Skäl",
                    List.of(
                        FormField.of("skal", FieldType.LONG_TEXT, "Skäl", true)
                            .withCondition(new Condition("sarskilda", "Ja"))))));
    assertThat(FormRules.checkPage(form, 0, answers("sarskilda", "Ja")).problems())
        .extracting(FormProblem::field)
        .containsExactly("elev");
    assertThat(FormRules.checkPage(form, 1, answers("sarskilda", "Ja")).problems())
        .extracting(FormProblem::field)
        .containsExactly("skal");
    AnswerCheck page2 = FormRules.checkPage(form, 1, answers("sarskilda", "Nej"));
    assertThat(page2.ok()).isTrue();
    assertThat(page2.answers()).isEmpty();
    assertThat(FormRules.checkPage(form, 1, answers("sarskilda", "Ja", "okänt", "x")).problems())
        .extracting(FormProblem::field)
        .containsExactly("okänt", "skal");
    assertThatThrownBy(() -> FormRules.checkPage(form, 2, answers()))
        .isInstanceOf(InvalidInput.class);
  }

  @Test
  void aDefinitionIsRefusedForBadKeysDuplicatesAndConditionsOnLaterOrUnknownFields() {
    Form form =
        new Form(
            List.of(
                new FormPage(
                    "Sida",
                    List.of(
                        FormField.of("Namn", FieldType.SHORT_TEXT, "Namn", true),
                        FormField.of("a", FieldType.SHORT_TEXT, "A", true)
                            .withCondition(new Condition("b", "x")),
                        FormField.of("a", FieldType.SHORT_TEXT, "A igen", true),
                        FormField.of("b", FieldType.SINGLE_CHOICE, "B", true),
                        FormField.of("c", FieldType.SHORT_TEXT, "C", false)
                            .withCondition(new Condition("finns-inte", "x")),
                        FormField.of("d", FieldType.SHORT_TEXT, "D", false)
                            .withValidation(new FieldValidation(5, 2, null, null, "[a-", null))))));
    assertThat(FormRules.checkDefinition(form))
        .extracting(FormProblem::message)
        .containsExactly(
            "Fältet ”Namn”: nyckeln ska vara 1–60 tecken a–z, 0–9 och bindestreck, utan å, ä, ö.",
            "Fältet ”a” visas beroende av ”b”, som måste stå före det.",
            "Fältet ”a” finns två gånger i formuläret.",
            "Fältet ”b” saknar svarsalternativ.",
            "Fältet ”c” visas beroende av ”finns-inte”, som inte finns.",
            "Fältet ”d”: minsta längd är större än största längd.",
            "Fältet ”d”: mönstret är inte ett giltigt reguljärt uttryck.",
            "Fältet ”d”: skriv vilket meddelande som visas när svaret inte följer mönstret.");
    assertThat(FormRules.checkDefinition(conditional())).isEmpty();
    assertThat(FormRules.checkDefinition(new Form(List.of())))
        .extracting(FormProblem::message)
        .containsExactly("Formuläret måste ha minst en sida.");
  }

  @Test
  void aConditionMustNameAValueTheEarlierFieldCanHave() {
    Form form =
        form(
            FormField.of("val", FieldType.SINGLE_CHOICE, "Val", true)
                .withChoices(List.of("Ja", "Nej")),
            FormField.of("x", FieldType.SHORT_TEXT, "X", false)
                .withCondition(new Condition("val", "Kanske")),
            FormField.of("info", FieldType.INFORMATION_TEXT, "Info", false),
            FormField.of("y", FieldType.SHORT_TEXT, "Y", false)
                .withCondition(new Condition("info", "x")));
    assertThat(FormRules.checkDefinition(form))
        .extracting(FormProblem::message)
        .containsExactly(
            "Fältet ”x”: ”Kanske” är inte ett av svaren på ”val”.",
            "Fältet ”y” visas beroende av ”info”, som inte besvaras.");
  }
}
