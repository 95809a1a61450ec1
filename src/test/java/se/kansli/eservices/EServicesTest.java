package se.kansli.eservices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.kansli.KansliTest;
import se.kansli.TestStaff;
import se.kansli.shared.Actor;
import se.kansli.shared.Conflict;
import se.kansli.shared.Forbidden;
import se.kansli.shared.InvalidInput;
import se.kansli.shared.NotFound;
import se.kansli.shared.Role;

@KansliTest
class EServicesTest {

  @Autowired EServices eservices;
  @Autowired EServiceCatalogue catalogue;
  @Autowired TestStaff staff;
  @Autowired JdbcClient jdbc;

  Actor kiruna;
  String word;

  @BeforeEach
  void anAdministrator() {
    kiruna = staff.actor(Role.ADMINISTRATOR, "kiruna");
    word = "ord" + UUID.randomUUID().toString().substring(0, 8);
  }

  static EServiceSettings settings(String organisation, String title) {
    return new EServiceSettings(
        organisation,
        title,
        "Anmäl fel på gator, belysning och parker.",
        "Bygga och bo",
        "3.1.2",
        "Gatuenheten",
        false,
        SigningRequirement.NONE,
        null,
        14);
  }

  static Form simpleForm(String label) {
    return new Form(
        List.of(
            new FormPage(
                "Felet",
                List.of(
                    FormField.of("plats", FieldType.SHORT_TEXT, label, true),
                    FormField.of("beskrivning", FieldType.LONG_TEXT, "Beskriv felet", true)))));
  }

  EServiceView published(Actor admin, String organisation, String title) {
    EServiceView service = eservices.create(settings(organisation, title), admin);
    EServiceVersionId draft = service.draft().id();
    eservices.updateForm(draft, simpleForm("Var är felet?"), admin);
    eservices.publish(draft, admin);
    return eservices.get(service.id(), admin);
  }

  @Test
  void aNewEServiceHasADraftWithDefaultStatusesAndAnAddressFromItsTitle() {
    EServiceView service =
        eservices.create(settings("kiruna", "Felanmälan gata och park " + word), kiruna);
    assertThat(service.slug()).isEqualTo("felanmalan-gata-och-park-" + word);
    assertThat(service.statuses()).containsExactlyElementsOf(EServices.DEFAULT_STATUSES);
    assertThat(service.versions())
        .singleElement()
        .satisfies(v -> {
          assertThat(v.number()).isEqualTo(1);
          assertThat(v.status()).isEqualTo(VersionStatus.DRAFT);
        });
    EServiceView again =
        eservices.create(settings("kiruna", "Felanmälan gata och park " + word), kiruna);
    assertThat(again.slug()).isEqualTo(service.slug() + "-2");
  }

  @Test
  void settingsAreCheckedAgainstTheClassificationSchemeAndTheSigningRules() {
    assertThatThrownBy(() ->
            eservices.create(
                new EServiceSettings(
                    "kiruna", "X", "Y", "Z", "9.9.9", "G", true, SigningRequirement.ONE, null, 5),
                kiruna))
        .isInstanceOf(InvalidInput.class)
        .hasMessage("Okänd klassificeringskod: 9.9.9.");
    assertThatThrownBy(() ->
            eservices.create(
                new EServiceSettings(
                    "kiruna", "X", "Y", "Z", "3.1.1", "G", false, SigningRequirement.ONE, null, 5),
                kiruna))
        .isInstanceOf(InvalidInput.class)
        .hasMessage("En e-tjänst med underskrift kräver inloggning.");
  }

  @Test
  void publishingRetiresThePreviousVersionAndANewDraftStartsFromThePublishedOne() {
    EServiceView service = published(kiruna, "kiruna", "Felanmälan " + word);
    VersionSummary first = service.published();
    assertThat(first.number()).isEqualTo(1);

    EServiceVersionView draft = eservices.newDraft(service.id(), kiruna);
    assertThat(draft.number()).isEqualTo(2);
    assertThat(draft.form()).isEqualTo(simpleForm("Var är felet?"));
    assertThatThrownBy(() -> eservices.newDraft(service.id(), kiruna)).isInstanceOf(Conflict.class);
    eservices.saveField(
        draft.id(),
        0,
        "plats",
        FormField.of("plats", FieldType.SHORT_TEXT, "Adress eller plats", true),
        kiruna);
    eservices.publish(draft.id(), kiruna);

    EServiceView after = eservices.get(service.id(), kiruna);
    assertThat(after.versions())
        .extracting(VersionSummary::number, VersionSummary::status)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(2, VersionStatus.PUBLISHED),
            org.assertj.core.groups.Tuple.tuple(1, VersionStatus.RETIRED));
    assertThat(catalogue.version(first.id()).form().field("plats").orElseThrow().label())
        .as("the retired version keeps the form residents filled in")
        .isEqualTo("Var är felet?");
    assertThat(catalogue.published("kiruna", service.slug()).id()).isEqualTo(draft.id());
  }

  @Test
  void aPublishedVersionNeverChangesInTheServiceOrInTheDatabase() {
    EServiceView service = published(kiruna, "kiruna", "Oföränderlig " + word);
    EServiceVersionId id = service.published().id();
    assertThatThrownBy(() -> eservices.updateForm(id, simpleForm("Ändrad"), kiruna))
        .isInstanceOf(Conflict.class)
        .hasMessageContaining("kan inte ändras");
    assertThatThrownBy(() -> eservices.addPage(id, "Ny sida", kiruna)).isInstanceOf(Conflict.class);
    assertThatThrownBy(() ->
            jdbc.sql("update e_service_versions set form = '{\"pages\":[]}' where id = ?")
                .param(id.value())
                .update())
        .hasMessageContaining("never changes");
    assertThatThrownBy(() ->
            jdbc.sql("update e_service_versions set status = 'DRAFT' where id = ?")
                .param(id.value())
                .update())
        .hasMessageContaining("cannot go from PUBLISHED to DRAFT");
    assertThatThrownBy(() ->
            jdbc.sql("delete from e_service_versions where id = ?").param(id.value()).update())
        .hasMessageContaining("never deleted");

    eservices.retire(id, kiruna);
    assertThatThrownBy(() -> eservices.publish(id, kiruna)).isInstanceOf(Conflict.class);
    assertThat(catalogue.list("kiruna", word, null)).isEmpty();
  }

  @Test
  void aFormWithProblemsCannotBePublished() {
    EServiceView service = eservices.create(settings("kiruna", "Tom " + word), kiruna);
    assertThatThrownBy(() -> eservices.publish(service.draft().id(), kiruna))
        .isInstanceOf(InvalidInput.class)
        .hasMessage("Formuläret har inget fält att besvara.");
    assertThatThrownBy(() ->
            eservices.saveField(
                service.draft().id(),
                0,
                null,
                FormField.of("skal", FieldType.SHORT_TEXT, "Skäl", true)
                    .withCondition(new Condition("finns-inte", "Ja")),
                kiruna))
        .isInstanceOf(InvalidInput.class)
        .satisfies(e -> assertThat(((InvalidInput) e).field()).isEqualTo("conditionField"));
  }

  @Test
  void anExportedFormCanBeImportedAsANewDraft() {
    EServiceView service = published(kiruna, "kiruna", "Export " + word);
    String file = eservices.export(service.published().id(), kiruna);
    assertThat(file).contains("kansli-e-service-form/1", "\"plats\"", "SHORT_TEXT");

    EServiceView other = eservices.create(settings("kiruna", "Import " + word), kiruna);
    eservices.discardDraft(other.draft().id(), kiruna);
    EServiceVersionView imported = eservices.importDraft(other.id(), file, kiruna);
    assertThat(imported.status()).isEqualTo(VersionStatus.DRAFT);
    assertThat(imported.form()).isEqualTo(simpleForm("Var är felet?"));
  }

  @Test
  void anImportWithProblemsIsRefusedInSwedishAndStoresNothing() {
    EServiceView service = published(kiruna, "kiruna", "Importfel " + word);
    String unknownType =
        """
        {"form":{"pages":[{"title":"A","fields":[{"key":"a","type":"SLIDER","label":"A"}]}]}}
        """;
    String duplicate =
        """
        {"form":{"pages":[{"title":"A","fields":[
          {"key":"a","type":"SHORT_TEXT","label":"A"},{"key":"a","type":"SHORT_TEXT","label":"B"}]}]}}
        """;
    String laterCondition =
        """
        {"form":{"pages":[{"title":"A","fields":[
          {"key":"a","type":"SHORT_TEXT","label":"A","condition":{"field":"b","value":"Ja"}},
          {"key":"b","type":"SINGLE_CHOICE","label":"B","choices":["Ja","Nej"]}]}]}}
        """;
    assertThatThrownBy(() -> eservices.importDraft(service.id(), unknownType, kiruna))
        .isInstanceOf(InvalidInput.class)
        .hasMessageStartingWith("Fältet ”a” har en okänd fälttyp: SLIDER.");
    assertThatThrownBy(() -> eservices.importDraft(service.id(), duplicate, kiruna))
        .hasMessageContaining("Fältet ”a” finns två gånger i formuläret.");
    assertThatThrownBy(() -> eservices.importDraft(service.id(), laterCondition, kiruna))
        .hasMessageContaining("Fältet ”a” visas beroende av ”b”, som måste stå före det.");
    assertThatThrownBy(() -> eservices.importDraft(service.id(), "{inte json", kiruna))
        .isInstanceOf(InvalidInput.class)
        .hasMessageStartingWith("Filen är inte ett formulär i JSON");
    assertThat(eservices.get(service.id(), kiruna).versions()).hasSize(1);
  }

  @Test
  void anotherMunicipalitysAdministratorFindsNothing() {
    EServiceView service = published(kiruna, "kiruna", "Kirunas " + word);
    Actor lulea = staff.actor(Role.ADMINISTRATOR, "lulea");
    EServiceVersionId version = service.published().id();
    assertThatThrownBy(() -> eservices.get(service.id(), lulea)).isInstanceOf(NotFound.class);
    assertThatThrownBy(() -> eservices.version(version, lulea)).isInstanceOf(NotFound.class);
    assertThatThrownBy(() -> eservices.retire(version, lulea)).isInstanceOf(NotFound.class);
    assertThatThrownBy(() -> eservices.newDraft(service.id(), lulea)).isInstanceOf(NotFound.class);
    assertThatThrownBy(() -> eservices.export(version, lulea)).isInstanceOf(NotFound.class);
    assertThatThrownBy(() -> eservices.update(service.id(), settings("lulea", "Kapad"), lulea))
        .isInstanceOf(NotFound.class);
    assertThat(eservices.list(lulea)).noneMatch(s -> s.id().equals(service.id()));
    assertThatThrownBy(() -> eservices.create(settings("kiruna", "Inskjuten"), lulea))
        .isInstanceOf(NotFound.class);

    Actor registrar = staff.actor(Role.REGISTRAR, "kiruna");
    assertThat(eservices.get(service.id(), registrar).title()).isEqualTo("Kirunas " + word);
    assertThatThrownBy(() -> eservices.newDraft(service.id(), registrar))
        .isInstanceOf(Forbidden.class);
    assertThat(catalogue.list("lulea", word, null)).isEmpty();
  }

  @Test
  void theCommitteesEServiceAppearsInTheCataloguesOfTheMunicipalitiesThatSwitchItOn() {
    Actor committee = staff.actor(Role.COMMITTEE_SECRETARY, "e-namnden");
    EServiceView service = published(committee, "e-namnden", "Skolskjuts " + word);
    assertThat(catalogue.list("kiruna", word, null)).isEmpty();

    eservices.activate(service.id(), "kiruna", committee);
    eservices.activate(service.id(), "lulea", staff.actor(Role.ADMINISTRATOR, "lulea"));
    assertThat(eservices.get(service.id(), committee).activatedFor())
        .containsExactly("kiruna", "lulea");
    assertThat(catalogue.list("kiruna", word, null))
        .singleElement()
        .satisfies(e -> {
          assertThat(e.organisation()).isEqualTo("kiruna");
          assertThat(e.owner()).isEqualTo("e-namnden");
          assertThat(e.version()).isEqualTo(service.published().id());
        });
    assertThat(catalogue.entry("lulea", service.slug()).title()).isEqualTo("Skolskjuts " + word);
    assertThat(catalogue.list("gallivare", word, null)).isEmpty();

    Actor pitea = staff.actor(Role.ADMINISTRATOR, "pitea");
    assertThatThrownBy(() -> eservices.activate(service.id(), "kiruna", pitea))
        .isInstanceOf(NotFound.class);
    assertThatThrownBy(
            () -> eservices.activate(service.id(), "kiruna", staff.actor(Role.REGISTRAR, "kiruna")))
        .isInstanceOf(Forbidden.class);
    EServiceView kirunas = published(kiruna, "kiruna", "Eget " + word);
    assertThatThrownBy(() -> eservices.activate(kirunas.id(), "kiruna", kiruna))
        .isInstanceOf(Conflict.class);

    eservices.deactivate(service.id(), "kiruna", kiruna);
    assertThat(catalogue.list("kiruna", word, null))
        .extracting(CatalogueEntry::title)
        .containsExactly("Eget " + word);
    assertThat(catalogue.list("lulea", word, null)).hasSize(1);
  }

  @Test
  void theCatalogueIsSearchedByWordsAndFilteredByCategory() {
    published(kiruna, "kiruna", "Felanmälan gata " + word);
    EServiceView school =
        eservices.create(
            new EServiceSettings(
                "kiruna",
                "Ansökan om modersmål " + word,
                "För elever i grundskolan.",
                "Skola",
                "3.1.1",
                "Skolkontoret",
                true,
                SigningRequirement.ONE,
                null,
                30),
            kiruna);
    eservices.updateForm(school.draft().id(), simpleForm("Elev"), kiruna);
    eservices.publish(school.draft().id(), kiruna);

    assertThat(catalogue.list("kiruna", word + " FELANMALAN", null))
        .extracting(CatalogueEntry::title)
        .containsExactly("Felanmälan gata " + word);
    assertThat(catalogue.list("kiruna", word, "Skola"))
        .extracting(CatalogueEntry::title)
        .containsExactly("Ansökan om modersmål " + word);
    assertThat(catalogue.categories("kiruna")).contains("Bygga och bo", "Skola");
    assertThatThrownBy(() -> catalogue.list("atlantis", null, null)).isInstanceOf(NotFound.class);
  }
}
