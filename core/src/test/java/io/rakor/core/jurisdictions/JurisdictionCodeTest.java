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
    assertThat(regency.isAncestorOf(JurisdictionCode.of("18.031"))).isFalse();
    assertThat(regency.intersects(JurisdictionCode.of("18.031"))).isFalse();
    assertThat(VILLAGE.intersects(regency)).isTrue();
    assertThat(regency.intersects(VILLAGE)).isTrue();
    assertThat(JurisdictionCode.of("18.04").intersects(VILLAGE)).isFalse();
  }

  @Test
  void childExtendsByOneSegment() {
    assertThat(JurisdictionCode.of("18.03").child("01")).isEqualTo(JurisdictionCode.of("18.03.01"));
    assertRejected(() -> JurisdictionCode.of("18.03").child("x"), "JurisdictionCode", "value");
    assertRejected(
        () -> JurisdictionCode.of("1.2.3.4.5.6.7.8").child("9"), "JurisdictionCode", "value");
  }

  @Test
  void rejectsMalformedCodes() {
    for (String bad :
        new String[] {"", ".", "18.", ".18", "18..03", "18.a", "1234567", "18 03", "-18"}) {
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
                JurisdictionCode.of("18.9"),
                JurisdictionCode.of("18")));
    codes.sort(null);
    assertThat(codes)
        .extracting(JurisdictionCode::value)
        .containsExactly("18", "18.03", "18.03.01", "18.9", "18.10");
  }
}
