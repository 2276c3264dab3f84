package io.rakor.core.indicators;

import static io.rakor.core.Rejections.assertRejected;
import static io.rakor.core.Samples.DINKES;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class IndicatorTest {
  private static final LocalDate BASE = LocalDate.of(2025, 12, 31);

  private static Indicator.Builder stunting() {
    return Indicator.builder()
        .id(IndicatorId.of("stunting"))
        .name("Prevalensi stunting")
        .unitOfMeasure("%")
        .direction(Direction.LOWER_IS_BETTER)
        .baseline(DatedValue.of(18.5, BASE))
        .dataSteward(DINKES);
  }

  @Test
  void targetsAreDatedAfterTheBaselineInOrder() {
    assertThat(
            stunting()
                .addTargets(
                    DatedValue.of(16, BASE.plusYears(1)), DatedValue.of(14, BASE.plusYears(2)))
                .build()
                .targets())
        .hasSize(2);
    assertRejected(
        () -> stunting().addTargets(DatedValue.of(16, BASE)).build(),
        "Indicator",
        "targets[0].date");
    assertRejected(
        () ->
            stunting()
                .addTargets(
                    DatedValue.of(16, BASE.plusYears(2)), DatedValue.of(14, BASE.plusYears(1)))
                .build(),
        "Indicator",
        "targets[1].date");
  }

  @Test
  void valuesAreFiniteAndNamesNotBlank() {
    assertRejected(() -> DatedValue.of(Double.NaN, BASE), "DatedValue", "value");
    assertRejected(() -> DatedValue.of(Double.POSITIVE_INFINITY, BASE), "DatedValue", "value");
    assertRejected(() -> stunting().name("").build(), "Indicator", "name");
    assertRejected(() -> stunting().unitOfMeasure(" ").build(), "Indicator", "unitOfMeasure");
    assertRejected(() -> stunting().definition("").build(), "Indicator", "definition");
  }

  @Test
  void directionDecidesWhetherATargetIsMet() {
    assertThat(Direction.LOWER_IS_BETTER.meets(14.0, 14.0)).isTrue();
    assertThat(Direction.LOWER_IS_BETTER.meets(14.1, 14.0)).isFalse();
    assertThat(Direction.HIGHER_IS_BETTER.meets(80.0, 80.0)).isTrue();
    assertThat(Direction.HIGHER_IS_BETTER.meets(79.9, 80.0)).isFalse();
  }
}
