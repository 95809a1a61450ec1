package se.kansli.eservices;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.kansli.KansliTest;
import se.kansli.organisations.StaffDirectory;

@KansliTest
class DemoEServicesTest {

  @Autowired EServices eservices;
  @Autowired EServiceCatalogue catalogue;
  @Autowired GroupMembers members;
  @Autowired StaffDirectory staff;

  @Test
  void theDemoPublishesItsEServicesOnceAndTheCommitteesReachesKirunaAndLulea() throws Exception {
    DemoEServices demo = new DemoEServices(eservices, members, staff, Optional.empty());
    demo.run(null);
    demo.run(null);

    // Other tests share the database, so the demo's own e-service is told apart by its address.
    assertThat(catalogue.list("kiruna", "felanmälan gata och park", null))
        .filteredOn(e -> e.slug().equals("felanmalan-gata-och-park"))
        .hasSize(1);
    CatalogueEntry transport = catalogue.entry("kiruna", "ansokan-om-skolskjuts");
    assertThat(transport.owner()).isEqualTo("e-namnden");
    assertThat(transport.signing()).isEqualTo(SigningRequirement.SEVERAL);
    assertThat(catalogue.entry("lulea", "ansokan-om-skolskjuts").version())
        .isEqualTo(transport.version());
    assertThat(catalogue.list("pitea", "skolskjuts", null)).isEmpty();
    assertThat(catalogue.entry("kiruna", "ansokan-om-parkeringstillstand-for-rorelsehindrade"))
        .extracting(CatalogueEntry::signing, CatalogueEntry::loginRequired)
        .containsExactly(SigningRequirement.ONE, true);

    Form form = catalogue.version(transport.version()).form();
    assertThat(
            FormRules.checkPage(
                    form,
                    1,
                    Map.of("avstand", List.of("Under 2 km"), "sarskilda-skal", List.of("Nej")))
                .ok())
        .isTrue();
    assertThat(
            FormRules.checkPage(
                    form,
                    1,
                    Map.of("avstand", List.of("Under 2 km"), "sarskilda-skal", List.of("Ja")))
                .problems())
        .extracting(FormProblem::field)
        .containsExactly("skal");
  }
}
