package se.kansli.signing;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import se.kansli.KansliTest;
import se.kansli.TestStaff;
import se.kansli.registry.MinimalPdf;
import se.kansli.shared.Actor;
import se.kansli.shared.Role;

/** Anyone can check a document Kansli had signed, by file or by checksum, without logging in. */
@KansliTest
class VerificationTest {

  @Autowired SigningOrders orders;
  @Autowired EidSigning signing;
  @Autowired TestStaff staff;
  @Autowired MockMvc mvc;

  @Test
  void aSignedDocumentIsRecognisedAndIntactAndAChangedOneIsNot() throws Exception {
    Actor secretary = staff.actor(Role.COMMITTEE_SECRETARY, "e-namnden");
    String title = "Protokoll " + UUID.randomUUID().toString().substring(0, 8);
    CreatedOrder created =
        orders.create(
            new NewSigningOrder(
                "e-namnden",
                title,
                MinimalPdf.withText(title),
                SigningMode.PARALLEL,
                List.of(
                    new NewSigningOrder.NewSigner(
                        "Ordförande Test", "ordf@example.se", null, "ordförande")),
                null,
                null),
            secretary);
    String token = SigningOrdersTest.token(created.signerLinks().getFirst());
    signing.start(token, "test", "127.0.0.1", false);
    signing.collect(token);
    SigningOrderView done = orders.get(created.order().id(), secretary);
    byte[] sealed = orders.document(done.id(), true, secretary);

    mvc.perform(
            multipart("/api/public/verification")
                .file(new MockMultipartFile("file", "p.pdf", "application/pdf", sealed)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.report.signatures[0].indication").value("TOTAL_PASSED"))
        .andExpect(
            jsonPath("$.report.signatures[0].signer").value("Norrbottens e-nämnd – e-sigill"))
        .andExpect(jsonPath("$.report.allSignaturesIntact").value(true))
        .andExpect(jsonPath("$.report.changedAfterLastSignature").value(false))
        .andExpect(jsonPath("$.documents[0].title").value(title))
        .andExpect(jsonPath("$.documents[0].organisation").value("Norrbottens e-nämnd"))
        .andExpect(jsonPath("$.documents[0].signers[0].name").value("Ordförande Test"))
        .andExpect(content().string(not(containsString("ordf@example.se"))));

    byte[] changed = sealed.clone();
    int inside =
        new String(sealed, java.nio.charset.StandardCharsets.ISO_8859_1).indexOf("stream") + 20;
    changed[inside] = (byte) (changed[inside] ^ 0x01);
    mvc.perform(
            multipart("/api/public/verification")
                .file(new MockMultipartFile("file", "p.pdf", "application/pdf", changed)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.report.allSignaturesIntact").value(false));

    mvc.perform(
            get("/api/public/verification").param("sha256", done.documentSha256().toLowerCase()))
        .andExpect(jsonPath("$.documents[0].title").value(title));
    mvc.perform(get("/verify").param("sha256", done.sealedSha256()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString(title)));
  }

  @Test
  void badInputGetsAClearMessage() throws Exception {
    mvc.perform(get("/api/public/verification").param("sha256", "inte-en-summa"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("sha256"));
    mvc.perform(
            multipart("/api/public/verification")
                .file(new MockMultipartFile("file", "x.pdf", "application/pdf", "hej".getBytes())))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("file"));
  }
}
