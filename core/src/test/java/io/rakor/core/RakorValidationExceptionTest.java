package io.rakor.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rakor.core.jurisdictions.Jurisdiction;
import io.rakor.core.units.UnitId;
import java.util.List;
import org.junit.jupiter.api.Test;

class RakorValidationExceptionTest {
  @Test
  void missingRequiredAttributesAreReportedOnePerField() {
    assertThatThrownBy(() -> Jurisdiction.builder().name("Lampung").build())
        .isInstanceOfSatisfying(
            RakorValidationException.class,
            e -> {
              assertThat(e.violations())
                  .extracting(Violation::type, Violation::field, Violation::rule)
                  .containsExactly(
                      org.assertj.core.groups.Tuple.tuple("Jurisdiction", "code", "is required"),
                      org.assertj.core.groups.Tuple.tuple("Jurisdiction", "level", "is required"));
              assertThat(e.concerns("code")).isTrue();
              assertThat(e.concerns("name")).isFalse();
            });
  }

  @Test
  void nullIsRejectedWithTheLibrarysException() {
    assertThatThrownBy(() -> Jurisdiction.builder().name(null))
        .isInstanceOf(RakorValidationException.class)
        .hasMessageContaining("name")
        .hasMessageContaining("must not be null");
  }

  @Test
  void severalViolationsAreAllListed() {
    RakorValidationException e =
        new RakorValidationException(
            List.of(
                Violation.of("T", "a", 1, "must be even"),
                Violation.of("T", "b[2].c", "x", "must be y")));
    assertThat(e.getMessage()).contains("2 rules broken", "T.a = 1: must be even", "T.b[2].c");
    assertThat(e.concerns("b")).isTrue();
    assertThat(e.concerns("b[2]")).isTrue();
    assertThat(e.concerns("b[1]")).isFalse();
    assertThat(e.concerns("c")).isFalse();
    assertThat(e.concerns("b[2].c")).isTrue();
  }

  @Test
  void longValuesAreAbbreviated() {
    Violation v = Violation.of("T", "f", "x".repeat(1000), "too long");
    assertThat(v.value()).hasSizeLessThan(160).contains("1000 chars");
  }

  @Test
  void anEmptyListOfViolationsIsAProgrammingError() {
    assertThatThrownBy(() -> new RakorValidationException(List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void identifiersRejectBadText() {
    Rejections.assertRejected(() -> UnitId.of(""), "UnitId", "value");
    Rejections.assertRejected(() -> UnitId.of(" dinkes"), "UnitId", "value");
    Rejections.assertRejected(() -> UnitId.of("a".repeat(129)), "UnitId", "value");
    Rejections.assertRejected(() -> UnitId.of("-dinkes"), "UnitId", "value");
    Rejections.assertRejected(() -> UnitId.of(null), "UnitId", "value");
    assertThat(UnitId.of("lu.camat.18.03.01").value()).isEqualTo("lu.camat.18.03.01");
    assertThat(UnitId.of("a".repeat(128))).isEqualTo(UnitId.of("a".repeat(128)));
    assertThat(UnitId.of("a").compareTo(UnitId.of("b"))).isNegative();
  }
}
