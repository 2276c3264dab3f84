package io.rakor.core.commitments;

import static io.rakor.core.Rejections.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import io.rakor.core.Samples;
import io.rakor.core.json.RakorJson;
import io.rakor.core.units.UnitId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A commitment's money as districts account for it: funding lines per source and fiscal year, with
 * budget nomenclature codes. The regions tagged {@code tag::} are shown in docs/domain.md.
 */
class FundingLinesTest {
  private static final Currency IDR = Currency.getInstance("IDR");

  @Test
  void aCommitmentFundedFromTwoBudgetsOverTwoYears() {
    // tag::funding-lines[]
    Commitment latrines =
        Samples.commitmentBuilder()
            .start(LocalDate.of(2026, 2, 1))
            .due(LocalDate.of(2027, 6, 30))
            .addFundingLines(
                FundingLine.builder()
                    .source(FundingSource.REGIONAL_BUDGET) // APBD
                    .fiscalYear(2026)
                    .allocation(new BigDecimal("150000000"))
                    .currency(IDR)
                    // illustrative: a sub-activity code of the Permendagri 90/2019 shape
                    .code(BudgetCode.of("1.02.02.2.02.0024"))
                    .label("APBD Dinas Kesehatan")
                    .build(),
                FundingLine.builder()
                    .source(FundingSource.VILLAGE_FUND) // Dana Desa, paid by the village
                    .fiscalYear(2027)
                    .allocation(new BigDecimal("85000000"))
                    .currency(IDR)
                    .funder(UnitId.of("desa-kotabumi-ilir"))
                    .build())
            .build();

    FundingLineRef first = latrines.fundingLines().get(0).ref();
    assertThat(latrines.fundingLine(first).orElseThrow().allocation())
        .isEqualByComparingTo("150000000");
    assertThat(RakorJson.writeDocument(latrines.fundingLines().get(0)))
        .contains(
            "{\"source\":\"REGIONAL_BUDGET\",\"fiscalYear\":2026,\"allocation\":150000000,"
                + "\"currency\":\"IDR\",\"code\":\"1.02.02.2.02.0024\"");
    // end::funding-lines[]
    assertThat(RakorJson.readDocument(RakorJson.writeDocument(latrines), Commitment.class))
        .isEqualTo(latrines);
  }

  @Test
  void linesAreDistinctBySourceYearCodeAndFunder() {
    FundingLine apbd = FundingLine.of(FundingSource.REGIONAL_BUDGET, 2026, BigDecimal.TEN, IDR);
    assertRejected(
        () ->
            Samples.commitmentBuilder()
                .addFundingLines(apbd, apbd.withAllocation(BigDecimal.ONE))
                .build(),
        "Commitment",
        "fundingLines[1]");
    // another code, funder or year makes another line
    Commitment three =
        Samples.commitmentBuilder()
            .addFundingLines(
                apbd,
                apbd.withCode(BudgetCode.of("1.02.02")),
                apbd.withFunder(UnitId.of("bappeda")))
            .build();
    assertThat(three.fundingLines()).hasSize(3);
    assertThat(three.fundingLines().stream().map(FundingLine::ref).distinct()).hasSize(3);
    assertThat(three.fundingLine(FundingLineRef.of(FundingSource.VILLAGE_FUND, 2026))).isEmpty();
  }

  @Test
  void fiscalYearsTouchTheCommitmentsWindow() {
    // Samples.commitmentBuilder() runs from 1 February to 31 December 2026
    FundingLine line = FundingLine.of(FundingSource.NATIONAL_BUDGET, 2026, BigDecimal.ONE, IDR);
    assertThat(Samples.commitmentBuilder().addFundingLines(line).build().fundingLines())
        .containsExactly(line);
    assertRejected(
            () -> Samples.commitmentBuilder().addFundingLines(line.withFiscalYear(2025)).build(),
            "Commitment",
            "fundingLines[0].fiscalYear")
        .rule()
        .contains("2026-02-01");
    assertRejected(
        () -> Samples.commitmentBuilder().addFundingLines(line.withFiscalYear(2027)).build(),
        "Commitment",
        "fundingLines[0].fiscalYear");
  }

  @Test
  void aLineChecksItsYearAmountAndLabel() {
    FundingLine line = FundingLine.of(FundingSource.PRIVATE, 2026, BigDecimal.ONE, IDR);
    assertRejected(() -> line.withFiscalYear(3000), "FundingLine", "fiscalYear");
    assertRejected(() -> line.withAllocation(new BigDecimal("-0.01")), "FundingLine", "allocation");
    assertRejected(() -> line.withLabel(" "), "FundingLine", "label");
    assertRejected(() -> line.withLabel("a\nb"), "FundingLine", "label");
    assertThat(line.withAllocation(new BigDecimal("1.5E+8")).allocation())
        .isEqualTo(new BigDecimal("150000000"));
    assertRejected(
        () -> FundingLineRef.of(FundingSource.OTHER, 1899), "FundingLineRef", "fiscalYear");
  }

  @Test
  void budgetCodesKnowTheirLevel() {
    // tag::budget-code[]
    BudgetCode subActivity = BudgetCode.of("1.02.02.2.02.0024"); // illustrative
    assertThat(subActivity.level()).isEqualTo(BudgetCode.Level.SUB_ACTIVITY);
    assertThat(subActivity.parent()).contains(BudgetCode.of("1.02.02.2.02"));
    assertThat(subActivity.programme()).isEqualTo(BudgetCode.of("1.02.02"));
    assertThat(BudgetCode.of("1.02.02").contains(subActivity)).isTrue();
    assertThat(BudgetCode.of("X.XX.01").level()).isEqualTo(BudgetCode.Level.PROGRAMME);
    // end::budget-code[]
    assertThat(BudgetCode.of("1.02.02.2.02").level()).isEqualTo(BudgetCode.Level.ACTIVITY);
    assertThat(BudgetCode.of("1.02.02.2.02").parent()).contains(BudgetCode.of("1.02.02"));
    assertThat(BudgetCode.of("1.02.02").parent()).isEmpty();
    assertThat(BudgetCode.of("1.02.02").contains(BudgetCode.of("1.02.03.2.02"))).isFalse();
    assertThat(BudgetCode.of("1.02.02").compareTo(BudgetCode.of("1.02.02.2.02"))).isNegative();
    assertThat(BudgetCode.of("1.02.02")).hasToString("1.02.02");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "1",
        "1.02",
        "1.02.02.2",
        "1.2.02",
        "1.02.02.2.02.24",
        "1.02.02.2.02.0024.1",
        "0.02.02",
        "1.00.02",
        "1.02.00",
        "1.02.02.0.02",
        "1.02.02.2.02.0000",
        "X.02.01",
        "1.02.0a",
        "1.02.02..02",
        " 1.02.02",
        "1-02-02"
      })
  void aCodeOfAnotherFormIsRefusedSayingWhatIsWrong(String text) {
    assertThat(assertRejected(() -> BudgetCode.of(text), "BudgetCode", "value").rule())
        .startsWith(BudgetCode.FORM + "; ");
  }

  @Test
  void aNullCodeIsRefusedByTheLibrary() {
    assertRejected(() -> BudgetCode.of(null), "BudgetCode", "value");
  }
}
