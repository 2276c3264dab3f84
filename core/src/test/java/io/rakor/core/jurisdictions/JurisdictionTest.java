package io.rakor.core.jurisdictions;

import static io.rakor.core.Rejections.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JurisdictionTest {
  private static Jurisdiction.Builder kecamatan() {
    return Jurisdiction.builder()
        .code(JurisdictionCode.of("18.03.01"))
        .name("Abung Barat")
        .level(JurisdictionLevel.SUB_DISTRICT)
        .parent(JurisdictionCode.of("18.03"));
  }

  @Test
  void aValidJurisdictionIsBuilt() {
    assertThat(kecamatan().build().parent()).contains(JurisdictionCode.of("18.03"));
  }

  @Test
  void aCodeThatDoesNotExtendItsParentsIsRejected() {
    assertRejected(
        () -> kecamatan().parent(JurisdictionCode.of("18.04")).build(), "Jurisdiction", "parent");
  }

  @Test
  void aMissingParentBelowTheTopIsRejected() {
    assertRejected(
        () -> kecamatan().parent(java.util.Optional.empty()).build(), "Jurisdiction", "parent");
  }

  @Test
  void aTopLevelAreaHasNoParent() {
    assertRejected(
        () ->
            Jurisdiction.builder()
                .code(JurisdictionCode.of("18"))
                .name("Lampung")
                .level(JurisdictionLevel.PROVINCE)
                .parent(JurisdictionCode.of("19"))
                .build(),
        "Jurisdiction",
        "parent");
  }

  @Test
  void theCodeDepthMustMatchTheLevel() {
    assertRejected(
        () -> kecamatan().level(JurisdictionLevel.VILLAGE).build(), "Jurisdiction", "code");
  }

  @Test
  void aBlankNameIsRejected() {
    assertRejected(() -> kecamatan().name(" \t").build(), "Jurisdiction", "name");
    assertRejected(() -> kecamatan().name("x".repeat(501)).build(), "Jurisdiction", "name");
  }

  @Test
  void ofTakesTheParentFromTheCode() {
    assertThat(
            Jurisdiction.of(
                JurisdictionCode.of("18.03.01"), "Abung Barat", JurisdictionLevel.SUB_DISTRICT))
        .isEqualTo(kecamatan().build());
    assertThat(
            Jurisdiction.of(JurisdictionCode.of("18"), "Lampung", JurisdictionLevel.PROVINCE)
                .parent())
        .isEmpty();
    assertRejected(
        () ->
            Jurisdiction.of(
                JurisdictionCode.of("18.03"), "Lampung Utara", JurisdictionLevel.VILLAGE),
        "Jurisdiction",
        "code");
  }
}
