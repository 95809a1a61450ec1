package se.kansli.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.kansli.KansliTest;

/** The application's own Thymeleaf engine finds and renders the PDF templates. */
@KansliTest
class MinutesDocumentInApplicationTest {

  @Autowired MinutesDocument document;

  @Test
  void rendersWithTheSpringConfiguredTemplateEngine() throws Exception {
    MeetingView meeting =
        MinutesDocumentTest.meeting(
            List.of(MinutesDocumentTest.audit(), MinutesDocumentTest.budget()));

    String text = MinutesDocumentTest.text(document.minutes(meeting, "Luleå kommun"));

    assertThat(text)
        .contains("LULEÅ KOMMUN SAMMANTRÄDESPROTOKOLL")
        .contains("§ 8")
        .contains("Omröstningsresultat: 8 ja, 4 nej, 1 avstår.");
  }
}
