package se.kansli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * veraPDF, the reference PDF/A (and PDF/UA) validator, for the tests of every PDF that Kansli
 * produces.
 */
public final class PdfAValidation {

  private PdfAValidation() {}

  /** Fails with every broken rule (id and message) unless the PDF conforms to the flavour. */
  public static void assertCompliant(byte[] pdf, PDFAFlavour flavour) {
    VeraGreenfieldFoundryProvider.initialise();
    try (PDFAParser parser =
            Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), flavour);
        PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false)) {
      ValidationResult result = validator.validate(parser);
      assertThat(
              result.getTestAssertions().stream()
                  .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                  .map(a -> a.getRuleId() + " " + a.getMessage())
                  .distinct()
                  .toList())
          .as("veraPDF %s", flavour)
          .isEmpty();
      assertThat(result.isCompliant()).as("veraPDF %s", flavour).isTrue();
    } catch (Exception e) {
      throw new AssertionError("veraPDF could not validate the PDF", e);
    }
  }
}
