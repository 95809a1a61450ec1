package se.kansli.signing;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class QrImageTest {

  static final String BANKID =
      "bankid.67df3917-fa0d-44e5-b327-edcc928297f8.0.dc69358e712458a66a7525beef148ae8526b1c71610eff2c16cdffb4cdac9bf8";

  @Test
  void theCodeReadsBackAsTheBankIdContent() throws Exception {
    BitMatrix m = QrImage.matrix(BANKID);
    int scale = 4;
    int w = m.getWidth() * scale;
    int h = m.getHeight() * scale;
    int[] pixels = new int[w * h];
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        pixels[y * w + x] = m.get(x / scale, y / scale) ? 0xFF000000 : 0xFFFFFFFF;
      }
    }
    var bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(w, h, pixels)));
    assertThat(new QRCodeReader().decode(bitmap).getText()).isEqualTo(BANKID);
  }

  @Test
  void theImageIsAnSvgDataUriWithTheModules() {
    String uri = QrImage.svgDataUri(BANKID);
    assertThat(uri).startsWith("data:image/svg+xml;base64,");
    String svg =
        new String(
            Base64.getDecoder().decode(uri.substring(uri.indexOf(',') + 1)),
            StandardCharsets.UTF_8);
    assertThat(svg).startsWith("<svg").contains("viewBox").contains("h1v1h-1z");
  }
}
