package se.kansli.minutesimport;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CaseNumbersTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Arendenr 2022/9-2.2.0.1 | 2022/9-2.2.0.1",
        "Ärendenr 2022/17-1.1.1.2 | 2022/17-1.1.1.2",
        "Drendenr 2022/12-2.2.0.1 | 2022/12-2.2.0.1",
        "Dnr KS 2018/124 | KS 2018/124",
        "Dnr KS  2018 / 124 | KS 2018/124",
        "Dnr 941-2011 | 941-2011",
        "Dnr. 2011/KS 0206 001 | 2011/KS 0206 001",
        "Diarienummer: KSKF/2014:1 | KSKF/2014:1",
        "Diarienummer KSKF/2014:1 | KSKF/2014:1",
        "DNR BUN 2019/12 | BUN 2019/12",
        "2022/9-2.2.0.1 | 2022/9-2.2.0.1"
      })
  void readsCaseNumbersWithoutTheirLabel(String line, String caseNumber) {
    assertThat(CaseNumbers.in(line))
        .get()
        .extracting(CaseNumbers.Found::caseNumber)
        .isEqualTo(caseNumber);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2022-06-22",
        "Budget 2023",
        "E-namndens beslut 2022-03-16 § 2 E-NAMND 2022.1",
        "Kommunstyrelsen beslutar att godkänna förslaget."
      })
  void findsNoCaseNumberInOtherText(String line) {
    assertThat(CaseNumbers.in(line)).isEmpty();
  }

  @org.junit.jupiter.api.Test
  void keepsATitleBeforeTheLabel() {
    CaseNumbers.Found found = CaseNumbers.in("Årsredovisning 2017 Dnr KS 2018/124").orElseThrow();
    assertThat(found.before()).isEqualTo("Årsredovisning 2017");
    assertThat(found.caseNumber()).isEqualTo("KS 2018/124");
  }

  @org.junit.jupiter.api.Test
  void keepsAnUnknownShapeLessSurely() {
    CaseNumbers.Found found = CaseNumbers.in("Dnr Ks-rev 17").orElseThrow();
    assertThat(found.caseNumber()).isEqualTo("Ks-rev 17");
    assertThat(found.knownShape()).isFalse();
  }
}
