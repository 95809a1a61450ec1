package se.kansli.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClassificationSchemeTest {

  @Test
  void ordersCodesNumericallyLevelByLevel() {
    List<String> codes = new ArrayList<>(List.of("2.10", "2.2.0.1", "1", "2.2", "10", "2"));
    codes.sort(ClassificationScheme::compareCodes);
    assertThat(codes).containsExactly("1", "2", "2.2", "2.2.0.1", "2.10", "10");
  }

  @Test
  void aClassKnowsItsParent() {
    assertThat(new ActivityClass("2.2.0.1", "", "", 1).parentCode()).isEqualTo("2.2.0");
    assertThat(new ActivityClass("2", "", "", 1).parentCode()).isNull();
  }
}
