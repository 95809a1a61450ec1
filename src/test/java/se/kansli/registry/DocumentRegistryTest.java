package se.kansli.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.kansli.KansliTest;
import se.kansli.TestStaff;
import se.kansli.shared.Actor;
import se.kansli.shared.Conflict;
import se.kansli.shared.InvalidInput;
import se.kansli.shared.Role;
import se.kansli.shared.Sha256;

@KansliTest
class DocumentRegistryTest {

  static final byte[] PDF = MinimalPdf.withText("Protokoll fran e-namnden");

  @Autowired CaseRegistry cases;
  @Autowired DocumentRegistry documents;
  @Autowired TestStaff staff;

  Actor actor;
  CaseView c;

  @BeforeEach
  void aCase() {
    actor = staff.actor(Role.REGISTRAR, "gallivare");
    c = cases.register(CaseRegistryTest.inOrg("gallivare", "Handlingar"), actor);
  }

  static RegisterDocument incoming(String description) {
    return new RegisterDocument(
        DocumentDirection.INCOMING,
        LocalDate.now(),
        "Kiruna kommun",
        description,
        false,
        null,
        false);
  }

  @Test
  void aDocumentGetsTheNextNumberInTheCaseAndItsFileItsSha256() {
    byte[] text = "Hej från Gällivare".getBytes(StandardCharsets.UTF_8);
    DocumentView first =
        documents.register(c.id(), incoming("Brev"), new UploadedFile("brev.txt", text), actor);
    DocumentView second = documents.register(c.id(), incoming("Svar"), null, actor);
    assertThat(first.serial()).isEqualTo(1);
    assertThat(second.serial()).isEqualTo(2);
    assertThat(first.latest().sha256()).isEqualTo(Sha256.of(text));
    assertThat(first.latest().contentType()).isEqualTo("text/plain");
    assertThat(documents.content(first.id(), null, actor).bytes()).isEqualTo(text);
  }

  @Test
  void theTypeComesFromTheBytesNotTheName() {
    DocumentView pdf =
        documents.register(
            c.id(), incoming("PDF med fel namn"), new UploadedFile("bild.png", PDF), actor);
    assertThat(pdf.latest().contentType()).isEqualTo("application/pdf");
    byte[] exe =
        new byte[] {
          'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, (byte) 0xff, (byte) 0xff, 0, 0
        };
    assertThatThrownBy(() ->
            documents.register(
                c.id(), incoming("Program"), new UploadedFile("rapport.pdf", exe), actor))
        .isInstanceOf(InvalidInput.class)
        .hasMessageContaining("inte tillåten")
        .extracting("field")
        .isEqualTo("file");
  }

  @Test
  void aDraftHasVersionsUntilItIsFinal() {
    DocumentView d =
        documents.register(
            c.id(), incoming("Utkast"), new UploadedFile("v1.txt", "ett".getBytes()), actor);
    d = documents.addVersion(d.id(), new UploadedFile("v2.txt", "två".getBytes()), actor);
    assertThat(d.versions()).extracting(DocumentView.FileVersion::version).containsExactly(1, 2);
    assertThat(new String(documents.content(d.id(), 1, actor).bytes())).isEqualTo("ett");
    documents.markFinal(d.id(), actor);
    DocumentView finalDoc = d;
    assertThatThrownBy(() ->
            documents.addVersion(
                finalDoc.id(), new UploadedFile("v3.txt", "tre".getBytes()), actor))
        .isInstanceOf(Conflict.class);
  }

  @Test
  void theFourRegistrationFieldsOfOslAreRequired() {
    assertThatThrownBy(() ->
            documents.register(
                c.id(),
                new RegisterDocument(
                    DocumentDirection.INCOMING, LocalDate.now(), "", "Brev", false, null, false),
                null,
                actor))
        .extracting("field")
        .isEqualTo("counterpart");
    assertThatThrownBy(() ->
            documents.register(
                c.id(),
                new RegisterDocument(
                    DocumentDirection.INCOMING, null, "X", "Brev", false, null, false),
                null,
                actor))
        .extracting("field")
        .isEqualTo("documentDate");
    assertThatThrownBy(() ->
            documents.register(
                c.id(),
                new RegisterDocument(
                    DocumentDirection.INCOMING, LocalDate.now(), "X", " ", false, null, false),
                null,
                actor))
        .extracting("field")
        .isEqualTo("description");
  }

  @Test
  void noDocumentsInAClosedCase() {
    cases.close(c.id(), new CloseCase(null, "Klart"), actor);
    assertThatThrownBy(() -> documents.register(c.id(), incoming("Sent"), null, actor))
        .isInstanceOf(Conflict.class);
  }
}
