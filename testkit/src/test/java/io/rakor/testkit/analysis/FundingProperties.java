package io.rakor.testkit.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.rakor.core.commitments.Commitment;
import io.rakor.core.commitments.FundingLine;
import io.rakor.core.jurisdictions.JurisdictionCode;
import io.rakor.core.monitoring.AbsorptionCheck;
import io.rakor.core.monitoring.CommitmentAssessment;
import io.rakor.core.monitoring.CycleEvaluation;
import io.rakor.core.monitoring.FundingRollup;
import io.rakor.core.monitoring.FundingTotal;
import io.rakor.core.monitoring.Health;
import io.rakor.core.monitoring.MonitoringEvaluator;
import io.rakor.core.monitoring.Portfolio;
import io.rakor.core.monitoring.ProgressReport;
import io.rakor.core.monitoring.Realisation;
import io.rakor.testkit.RakorGen;
import io.rakor.testkit.ScenarioSize;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/** Roll-ups and absorption of funding lines, for all generated scenarios. */
class FundingProperties {

  /** Per currency, allocated and realised summed line by line: the oracle of every roll-up. */
  private static Map<Currency, BigDecimal[]> sumOfLines(
      List<Commitment> commitments, List<ProgressReport> reports, Predicate<Commitment> counted) {
    Map<Currency, BigDecimal[]> sums = new HashMap<>();
    for (Commitment c : commitments) {
      if (!counted.test(c)) {
        continue;
      }
      for (FundingLine line : c.fundingLines()) {
        BigDecimal realised =
            reports.stream()
                .filter(r -> r.commitment().equals(c.id()))
                .filter(r -> r.realisations().stream().anyMatch(x -> x.line().equals(line.ref())))
                .max(
                    Comparator.comparing(ProgressReport::submittedAt)
                        .thenComparing(r -> r.id().value()))
                .flatMap(
                    r ->
                        r.realisations().stream()
                            .filter(x -> x.line().equals(line.ref()))
                            .findFirst())
                .filter(x -> x.currency().equals(line.currency()))
                .map(Realisation::spentToDate)
                .orElse(BigDecimal.ZERO);
        BigDecimal[] sum =
            sums.computeIfAbsent(
                line.currency(), k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
        sum[0] = sum[0].add(line.allocation());
        sum[1] = sum[1].add(realised);
      }
    }
    return sums;
  }

  private static void assertSame(
      Map<Currency, FundingTotal> totals, Map<Currency, BigDecimal[]> expected) {
    assertThat(totals.keySet()).isEqualTo(expected.keySet());
    totals.forEach(
        (currency, t) -> {
          assertThat(t.allocated()).isEqualByComparingTo(expected.get(currency)[0]);
          assertThat(t.realised()).isEqualByComparingTo(expected.get(currency)[1]);
        });
  }

  /** Adds up the totals of a breakdown, per currency. */
  private static Map<Currency, BigDecimal[]> added(
      Map<?, ? extends Map<Currency, FundingTotal>> by) {
    Map<Currency, BigDecimal[]> sums = new HashMap<>();
    by.values()
        .forEach(
            m ->
                m.forEach(
                    (currency, t) -> {
                      BigDecimal[] sum =
                          sums.computeIfAbsent(
                              currency, k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
                      sum[0] = sum[0].add(t.allocated());
                      sum[1] = sum[1].add(t.realised());
                    }));
    return sums;
  }

  @Test
  void everyTotalIsTheSumOfItsLines() {
    qt().withExamples(30)
        .forAll(RakorGen.scenarios(ScenarioSize.small()))
        .checkAssert(
            scenario -> {
              List<Commitment> commitments = scenario.commitments();
              List<ProgressReport> reports = scenario.reports();
              FundingRollup rollup = FundingRollup.of(commitments, reports);
              Map<Currency, BigDecimal[]> all = sumOfLines(commitments, reports, c -> true);

              assertSame(rollup.total(), all);
              assertSame(rollup.total(), added(rollup.byPriority()));
              assertSame(rollup.total(), added(rollup.byLeadUnit()));
              assertSame(rollup.total(), added(rollup.bySource()));
              assertSame(rollup.total(), added(rollup.byFiscalYear()));
              rollup
                  .byJurisdiction()
                  .forEach(
                      (place, totals) ->
                          assertSame(
                              totals,
                              sumOfLines(commitments, reports, c -> c.scope().contains(place))));
              JurisdictionCode regency = scenario.regency().code();
              assertSame(
                  rollup.within(regency),
                  sumOfLines(
                      commitments, reports, c -> c.scope().stream().anyMatch(regency::intersects)));
            });
  }

  @Test
  void aLineAbsorbedTooLittleOrOverspentIsNeverOnTrack() {
    MonitoringEvaluator evaluator = MonitoringEvaluator.defaults();
    qt().withExamples(20)
        .forAll(RakorGen.scenarios(ScenarioSize.small()))
        .checkAssert(
            scenario -> {
              Portfolio portfolio = Portfolio.of(scenario.commitments(), scenario.indicators());
              for (CycleEvaluation e :
                  evaluator.evaluateAll(portfolio, scenario.cycles(), scenario.reports())) {
                for (CommitmentAssessment a : e.assessments()) {
                  boolean poor = a.absorption().stream().anyMatch(x -> x.low() || x.overspent());
                  if (poor) {
                    assertThat(a.health()).isNotEqualTo(Health.ON_TRACK);
                  }
                  for (AbsorptionCheck x : a.absorption()) {
                    if (a.health() != Health.COMPLETED) {
                      assertThat(a.reason()).contains(x.describe());
                    }
                    assertThat(x.minimumPercent()).isBetween(0.0, x.expectedPercent());
                  }
                }
              }
            });
  }
}
