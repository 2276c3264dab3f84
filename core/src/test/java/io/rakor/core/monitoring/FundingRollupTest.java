package io.rakor.core.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.rakor.core.Samples;
import io.rakor.core.commitments.Commitment;
import io.rakor.core.commitments.CommitmentId;
import io.rakor.core.commitments.FundingLine;
import io.rakor.core.commitments.FundingSource;
import io.rakor.core.jurisdictions.JurisdictionCode;
import io.rakor.core.priorities.PriorityId;
import io.rakor.core.units.UnitId;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Roll-ups of allocation and realisation. The region tagged {@code rollup} is shown in
 * docs/domain.md.
 */
class FundingRollupTest {
  private static final Currency IDR = Currency.getInstance("IDR");
  private static final Currency USD = Currency.getInstance("USD");
  private static final JurisdictionCode KOTABUMI = JurisdictionCode.of("18.03.01");
  private static final JurisdictionCode ABUNG = JurisdictionCode.of("18.03.02");

  private static final FundingLine APBD =
      FundingLine.of(FundingSource.REGIONAL_BUDGET, 2026, new BigDecimal("300000000"), IDR);
  private static final FundingLine DANA_DESA =
      FundingLine.of(FundingSource.VILLAGE_FUND, 2026, new BigDecimal("120000000"), IDR);
  private static final FundingLine DONOR =
      FundingLine.of(FundingSource.DONOR, 2026, new BigDecimal("25000.50"), USD);

  private static Commitment commitment(
      String id, String lead, List<JurisdictionCode> scope, FundingLine... lines) {
    return Samples.commitmentBuilder()
        .id(CommitmentId.of(id))
        .lead(UnitId.of(lead))
        .supporters(List.of())
        .scope(scope)
        .addFundingLines(lines)
        .build();
  }

  private static ProgressReport spent(
      String commitment, String at, String id, FundingLine line, String toDate) {
    return Samples.progressReport(CommitmentId.of(commitment), Samples.report().cycle(), 10)
        .withId(io.rakor.core.monitoring.ProgressReportId.of(id))
        .withSubmittedAt(Instant.parse(at))
        .withRealisations(
            Realisation.of(line.ref(), BigDecimal.ZERO, new BigDecimal(toDate), line.currency()));
  }

  @Test
  void totalsByEachDimensionAreExactAndPerCurrency() {
    // tag::rollup[]
    Commitment stbm = commitment("rtl-stbm", "dinkes", List.of(KOTABUMI), APBD, DONOR);
    Commitment jamban = commitment("rtl-jamban", "dpmd", List.of(KOTABUMI, ABUNG), DANA_DESA);
    List<ProgressReport> reports =
        List.of(
            spent("rtl-stbm", "2026-04-08T02:00:00Z", "r1", APBD, "90000000"),
            spent("rtl-stbm", "2026-05-08T02:00:00Z", "r2", APBD, "120000000"), // latest counts
            spent("rtl-jamban", "2026-05-08T02:00:00Z", "r3", DANA_DESA, "30000000"));

    FundingRollup rollup = FundingRollup.of(List.of(stbm, jamban), reports);

    FundingTotal idr = rollup.total().get(IDR);
    assertThat(idr.allocated()).isEqualByComparingTo("420000000");
    assertThat(idr.realised()).isEqualByComparingTo("150000000");
    assertThat(rollup.total().get(USD).allocated()).isEqualByComparingTo("25000.50");
    assertThat(rollup.bySource().get(FundingSource.VILLAGE_FUND).get(IDR).realised())
        .isEqualByComparingTo("30000000");
    assertThat(rollup.byLeadUnit().get(UnitId.of("dinkes")).get(IDR).absorptionPercent())
        .hasValue(40.0);
    // a commitment in two places counts in full in each; within() counts it once
    assertThat(rollup.byJurisdiction().get(ABUNG).get(IDR).allocated())
        .isEqualByComparingTo("120000000");
    assertThat(rollup.byJurisdiction().get(KOTABUMI).get(IDR).allocated())
        .isEqualByComparingTo("420000000");
    assertThat(rollup.within(JurisdictionCode.of("18.03")).get(IDR).allocated())
        .isEqualByComparingTo("420000000");
    // end::rollup[]
    assertThat(rollup.byPriority().keySet()).containsExactly(PriorityId.of("stunting"));
    assertThat(rollup.byFiscalYear().get(2026).get(IDR).lines()).isEqualTo(2);
    assertThat(rollup.total().keySet()).containsExactly(IDR, USD);
    assertThat(rollup.within(JurisdictionCode.of("18.04"))).isEmpty();
  }

  @Test
  void nothingSpentOnALineCountsZeroAndNothingAllocatedHasNoAbsorption() {
    FundingLine zero = FundingLine.of(FundingSource.PRIVATE, 2026, BigDecimal.ZERO, IDR);
    FundingRollup rollup =
        FundingRollup.of(
            List.of(commitment("rtl-csr", "bappeda", List.of(KOTABUMI), zero)), List.of());
    assertThat(rollup.total().get(IDR).realised()).isEqualByComparingTo("0");
    assertThat(rollup.total().get(IDR).absorptionPercent()).isEmpty();
    assertThat(FundingRollup.of(List.of(), List.of()).total()).isEmpty();
  }

  @Test
  void spendingInAnotherCurrencyThanItsLineIsNotCounted() {
    Commitment c = commitment("rtl-stbm", "dinkes", List.of(KOTABUMI), APBD);
    ProgressReport wrong =
        Samples.progressReport(c.id(), Samples.report().cycle(), 10)
            .withRealisations(Realisation.of(APBD.ref(), BigDecimal.ZERO, BigDecimal.TEN, USD));
    assertThat(FundingRollup.of(List.of(c), List.of(wrong)).total().get(IDR).realised())
        .isEqualByComparingTo("0");
  }
}
