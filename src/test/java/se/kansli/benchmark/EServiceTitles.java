package se.kansli.benchmark;

import java.util.List;

/** Titles of Swedish municipal e-services, each with its catalogue category and class. */
final class EServiceTitles {

  record Title(String title, String category, String code) {
    String description() {
      return title
          + " hos kommunen. Fyll i uppgifterna, så registreras ärendet direkt och du kan följa det"
          + " på Mina sidor.";
    }
  }

  static final List<Title> ALL =
      List.of(
          new Title("Ansökan om bygglov", "Bygga och bo", "3.1.1"),
          new Title("Ansökan om rivningslov", "Bygga och bo", "3.1.1"),
          new Title("Ansökan om marklov", "Bygga och bo", "3.1.1"),
          new Title("Anmälan om attefallsåtgärd", "Bygga och bo", "3.1.1"),
          new Title("Ansökan om förhandsbesked", "Bygga och bo", "3.1.1"),
          new Title("Ansökan om strandskyddsdispens", "Bygga och bo", "3.1.1"),
          new Title("Beställning av nybyggnadskarta", "Bygga och bo", "3.1.1"),
          new Title("Ansökan om bostadsanpassningsbidrag", "Bygga och bo", "3.1.1"),
          new Title("Anmälan om eldstad", "Bygga och bo", "3.1.1"),
          new Title("Ansökan om tillstånd för enskilt avlopp", "Bygga och bo", "3.1.1"),
          new Title("Anmälan om värmepump", "Bygga och bo", "3.1.1"),
          new Title("Ansökan om parkeringstillstånd för rörelsehindrade", "Bygga och bo", "3.1.1"),
          new Title("Felanmälan gata och park", "Gata och trafik", "3.1.2"),
          new Title("Felanmälan gatubelysning", "Gata och trafik", "3.1.2"),
          new Title("Ansökan om grävtillstånd", "Gata och trafik", "3.1.2"),
          new Title("Ansökan om markupplåtelse", "Gata och trafik", "3.1.2"),
          new Title("Synpunkt på snöröjning", "Gata och trafik", "3.1.2"),
          new Title("Ansökan om dispens för tung transport", "Gata och trafik", "3.1.2"),
          new Title("Anmälan om trafikanordningsplan", "Gata och trafik", "3.1.2"),
          new Title("Ansökan om boendeparkering", "Gata och trafik", "3.1.2"),
          new Title("Ansökan om förskoleplats", "Skola och förskola", "3.1.1"),
          new Title("Uppsägning av förskoleplats", "Skola och förskola", "3.1.1"),
          new Title("Ansökan om skolskjuts", "Skola och förskola", "3.1.1"),
          new Title("Ansökan om byte av skola", "Skola och förskola", "3.1.1"),
          new Title("Ansökan om modersmålsundervisning", "Skola och förskola", "3.1.1"),
          new Title("Ansökan om plats i fritidshem", "Skola och förskola", "3.1.1"),
          new Title("Ansökan om särskild kost", "Skola och förskola", "3.1.1"),
          new Title("Anmälan om ledighet för elev", "Skola och förskola", "3.1.1"),
          new Title("Ansökan om kulturskola", "Skola och förskola", "3.1.1"),
          new Title("Ansökan om studiehjälp för gymnasieelev", "Skola och förskola", "3.1.1"),
          new Title("Ansökan om hemtjänst", "Omsorg och stöd", "3.1.1"),
          new Title("Ansökan om trygghetslarm", "Omsorg och stöd", "3.1.1"),
          new Title("Ansökan om färdtjänst", "Omsorg och stöd", "3.1.1"),
          new Title("Ansökan om riksfärdtjänst", "Omsorg och stöd", "3.1.1"),
          new Title("Ansökan om matdistribution", "Omsorg och stöd", "3.1.1"),
          new Title("Ansökan om ledsagarservice", "Omsorg och stöd", "3.1.1"),
          new Title("Ansökan om kontaktperson", "Omsorg och stöd", "3.1.1"),
          new Title("Ansökan om ekonomiskt bistånd", "Omsorg och stöd", "3.1.1"),
          new Title("Ansökan om god man", "Omsorg och stöd", "3.1.1"),
          new Title("Anmälan om oro för barn", "Omsorg och stöd", "3.1.1"),
          new Title("Anmälan om livsmedelsverksamhet", "Miljö och hälsa", "3.1.2"),
          new Title("Ansökan om serveringstillstånd", "Miljö och hälsa", "3.1.2"),
          new Title("Anmälan om tobaksförsäljning", "Miljö och hälsa", "3.1.2"),
          new Title("Klagomål på buller", "Miljö och hälsa", "3.1.2"),
          new Title("Klagomål på inomhusmiljö", "Miljö och hälsa", "3.1.2"),
          new Title("Anmälan om miljöfarlig verksamhet", "Miljö och hälsa", "3.1.2"),
          new Title("Ansökan om tillstånd att hålla djur", "Miljö och hälsa", "3.1.2"),
          new Title("Anmälan om cistern", "Miljö och hälsa", "3.1.2"),
          new Title("Ansökan om skyddsjakt", "Miljö och hälsa", "3.1.2"),
          new Title("Anmälan om schaktning i förorenad mark", "Miljö och hälsa", "3.1.2"),
          new Title("Ansökan om föreningsbidrag", "Kultur och fritid", "3.1.1"),
          new Title("Bokning av idrottshall", "Kultur och fritid", "3.1.1"),
          new Title("Ansökan om kulturstipendium", "Kultur och fritid", "3.1.1"),
          new Title("Ansökan om evenemangsbidrag", "Kultur och fritid", "3.1.1"),
          new Title("Ansökan om lotteritillstånd", "Kultur och fritid", "3.1.1"),
          new Title("Bokning av samlingslokal", "Kultur och fritid", "3.1.1"),
          new Title("Ansökan om bidrag till skoterled", "Kultur och fritid", "3.1.1"),
          new Title("Ansökan om ungdomsbidrag", "Kultur och fritid", "3.1.1"),
          new Title("Begäran om allmän handling", "Kommunen och politik", "3.1.3"),
          new Title("Lämna ett medborgarförslag", "Kommunen och politik", "3.1.3"),
          new Title("Lämna synpunkt eller klagomål", "Kommunen och politik", "3.1.3"),
          new Title("Anmälan om personuppgiftsincident", "Kommunen och politik", "3.1.3"),
          new Title("Begäran om registerutdrag enligt GDPR", "Kommunen och politik", "3.1.3"),
          new Title("Ansökan om att bli god man", "Kommunen och politik", "3.1.3"),
          new Title(
              "Anmälan av intresse för uppdrag som förtroendevald",
              "Kommunen och politik",
              "3.1.3"),
          new Title("Ansökan om vigsel", "Kommunen och politik", "3.1.3"),
          new Title("Anmälan om felaktig faktura", "Kommunen och politik", "3.1.3"),
          new Title("Ansökan om borgerlig begravning", "Kommunen och politik", "3.1.3"),
          new Title("Ansökan om sommarjobb", "Näringsliv och arbete", "3.1.2"),
          new Title("Ansökan om praktikplats", "Näringsliv och arbete", "3.1.2"),
          new Title("Anmälan om intresse för företagsmark", "Näringsliv och arbete", "3.1.2"),
          new Title("Ansökan om torgplats", "Näringsliv och arbete", "3.1.2"),
          new Title("Ansökan om försäljningstillstånd", "Näringsliv och arbete", "3.1.2"),
          new Title("Ansökan om tillfälligt serveringstillstånd", "Näringsliv och arbete", "3.1.2"),
          new Title("Ansökan om uteservering", "Näringsliv och arbete", "3.1.2"),
          new Title("Anmälan om lokal för verksamhet", "Näringsliv och arbete", "3.1.2"),
          new Title("Ansökan om näringslivsbidrag", "Näringsliv och arbete", "3.1.2"),
          new Title("Ansökan om ferieplats", "Näringsliv och arbete", "3.1.2"));

  private EServiceTitles() {}
}
