package io.rakor.core.jurisdictions;

import static io.rakor.core.Rejections.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class JurisdictionCodeTest {
  private static final JurisdictionCode VILLAGE = JurisdictionCode.of("18.03.01.2001");

  @Test
  void knowsItsAncestorsOutermostFirst() {
    assertThat(VILLAGE.ancestors())
        .containsExactly(
            JurisdictionCode.of("18"),
            JurisdictionCode.of("18.03"),
            JurisdictionCode.of("18.03.01"));
    assertThat(VILLAGE.parent()).contains(JurisdictionCode.of("18.03.01"));
    assertThat(JurisdictionCode.of("18").parent()).isEmpty();
    assertThat(JurisdictionCode.of("18").ancestors()).isEmpty();
    assertThat(VILLAGE.depth()).isEqualTo(4);
    assertThat(VILLAGE.segments()).containsExactly("18", "03", "01", "2001");
  }

  @Test
  void ancestryIsBySegmentNotByTextPrefix() {
    JurisdictionCode regency = JurisdictionCode.of("18.03");
    assertThat(regency.isAncestorOf(VILLAGE)).isTrue();
    assertThat(regency.isAncestorOf(regency)).isFalse();
    assertThat(regency.contains(regency)).isTrue();
    assertThat(regency.isAncestorOf(JurisdictionCode.of("18.04.01"))).isFalse();
    assertThat(regency.intersects(JurisdictionCode.of("18.04.01"))).isFalse();
    assertThat(VILLAGE.intersects(regency)).isTrue();
    assertThat(regency.intersects(VILLAGE)).isTrue();
    assertThat(JurisdictionCode.of("18.04").intersects(VILLAGE)).isFalse();
  }

  @Test
  void childExtendsByOneSegment() {
    assertThat(JurisdictionCode.of("18.03").child("01")).isEqualTo(JurisdictionCode.of("18.03.01"));
    assertRejected(() -> JurisdictionCode.of("18.03").child("x"), "JurisdictionCode", "value");
    assertRejected(() -> JurisdictionCode.of("18.03").child("1"), "JurisdictionCode", "value");
    assertRejected(
        () -> JurisdictionCode.of("18.03.01.2001").child("01"), "JurisdictionCode", "value");
  }

  @Test
  void childByNumberPadsToTheLevelsWidth() {
    assertThat(JurisdictionCode.of("18").child(3)).isEqualTo(JurisdictionCode.of("18.03"));
    assertThat(JurisdictionCode.of("18.03").child(1)).isEqualTo(JurisdictionCode.of("18.03.01"));
    assertThat(JurisdictionCode.of("18.03.01").child(7))
        .isEqualTo(JurisdictionCode.of("18.03.01.0007"));
    assertThat(JurisdictionCode.of("18.03.01").child(2001))
        .isEqualTo(JurisdictionCode.of("18.03.01.2001"));
    assertRejected(() -> JurisdictionCode.of("18").child(100), "JurisdictionCode", "value");
    assertRejected(() -> JurisdictionCode.of("18").child(0), "JurisdictionCode", "value");
    assertRejected(() -> JurisdictionCode.of("18").child(-1), "JurisdictionCode", "value");
    assertRejected(
        () -> JurisdictionCode.of("18.03.01.2001").child(1), "JurisdictionCode", "value");
  }

  @Test
  void oneCanonicalFormPerPlace() {
    for (String bad :
        new String[] {
          "18.3",
          "1803",
          "0",
          "00",
          "000000.000000",
          "18.00",
          "18.03.00.2001",
          "18.03.01.0000",
          "18.03.01.201",
          "18.03.01.20011",
          "18.03.01.2001.01",
          "1",
          "018",
          "18.003"
        }) {
      assertRejected(() -> JurisdictionCode.parse(bad), "JurisdictionCode", "value");
    }
    for (String good : new String[] {"18", "18.03", "18.03.01", "18.03.01.2001", "94.71.10.1002"}) {
      assertThat(JurisdictionCode.parse(good).value()).isEqualTo(good);
      assertThat(JurisdictionCode.parse(good)).isEqualTo(JurisdictionCode.of(good));
    }
  }

  @Test
  void parseNamesTheExpectedFormAndTheProblem() {
    assertThat(
            assertRejected(() -> JurisdictionCode.parse("18.3"), "JurisdictionCode", "value")
                .rule())
        .contains("2 digits for a province (18), then 2 for a regency or city (18.03)")
        .contains("4 for a village (18.03.01.2001)")
        .contains("segment 2 ('3', at index 3) has 1 digit, not 2");
    assertThat(
            assertRejected(() -> JurisdictionCode.parse("1803"), "JurisdictionCode", "value")
                .rule())
        .contains("segment 1 ('1803', at index 0) has 4 digits, not 2");
    assertThat(
            assertRejected(() -> JurisdictionCode.parse("00"), "JurisdictionCode", "value").rule())
        .contains("all zeros");
    assertThat(
            assertRejected(
                    () -> JurisdictionCode.parse("18.03.01.2001.01"), "JurisdictionCode", "value")
                .rule())
        .contains("more than 4 segments");
    assertThat(
            assertRejected(() -> JurisdictionCode.parse("18.a3"), "JurisdictionCode", "value")
                .rule())
        .contains("'a' at index 3 is not a digit or a dot");
  }

  @Test
  void rejectsMalformedCodes() {
    for (String bad :
        new String[] {"", ".", "18.", ".18", "18..03", "18.a", "1234567", "18 03", "-18", "١٨"}) {
      assertRejected(() -> JurisdictionCode.of(bad), "JurisdictionCode", "value");
    }
    assertRejected(() -> JurisdictionCode.of(null), "JurisdictionCode", "value");
  }

  @Test
  void sortsParentsBeforeChildrenAndNumerically() {
    List<JurisdictionCode> codes =
        new ArrayList<>(
            List.of(
                JurisdictionCode.of("18.10"),
                JurisdictionCode.of("18.03.01"),
                JurisdictionCode.of("18.03"),
                JurisdictionCode.of("18.09"),
                JurisdictionCode.of("18")));
    codes.sort(null);
    assertThat(codes)
        .extracting(JurisdictionCode::value)
        .containsExactly("18", "18.03", "18.03.01", "18.09", "18.10");
  }
}
