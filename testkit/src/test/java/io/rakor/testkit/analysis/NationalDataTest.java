package io.rakor.testkit.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.rakor.core.commitments.Commitment;
import io.rakor.core.data.DataReconciler;
import io.rakor.core.data.Observation;
import io.rakor.core.data.ObservationKey;
import io.rakor.core.data.Reconciliation;
import io.rakor.core.data.ReconciliationSink;
import io.rakor.core.data.RollUpMismatch;
import io.rakor.core.overlaps.OverlapFinder;
import io.rakor.core.overlaps.OverlapReport;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;

class NationalDataTest {
  @Test
  void thePortfolioIsDeterministicAndHasOverlaps() {
    List<Commitment> a = NationalData.portfolio(42, 2_000);
    assertThat(a).hasSize(2_000).isEqualTo(NationalData.portfolio(42, 2_000));
    OverlapReport report = OverlapFinder.defaults().find(a);
    assertThat(report.totalPairs()).isPositive();
  }

  @Test
  void aWholeStreamIsSortedByKeyAcrossIndicatorsAndEnds() {
    Iterator<Observation> stream = NationalData.observations(3, 1);
    ObservationKey previous = stream.next().key();
    java.util.Set<String> indicators = new java.util.TreeSet<>();
    long n = 1;
    while (stream.hasNext()) {
      ObservationKey key = stream.next().key();
      assertThat(key.compareTo(previous)).as("%s after %s", key, previous).isNotNegative();
      indicators.add(key.indicator().value());
      previous = key;
      n++;
    }
    assertThat(indicators).hasSize(NationalData.OBSERVED.size());
    assertThat(n).isGreaterThan(3 * 90_000L);
  }

  @Test
  void theObservationStreamIsSortedByKeyAndFeedsTheReconciler() {
    Iterator<Observation> stream = NationalData.observations(7);
    List<Observation> first = new ArrayList<>();
    for (int i = 0; i < 100_000; i++) {
      first.add(stream.next());
    }
    for (int i = 1; i < first.size(); i++) {
      ObservationKey previous = first.get(i - 1).key();
      assertThat(first.get(i).key().compareTo(previous)).isGreaterThanOrEqualTo(0);
    }
    long[] counts = new long[3];
    DataReconciler.of(NationalData.observationConfig())
        .reconcileSorted(
            first.iterator(),
            new ReconciliationSink() {
              @Override
              public void reconciled(Reconciliation r) {
                counts[0]++;
                counts[1] += r.discrepancy().isPresent() ? 1 : 0;
              }

              @Override
              public void rollUpMismatch(RollUpMismatch m) {
                counts[2]++;
              }
            });
    assertThat(counts[0]).isGreaterThan(30_000);
    assertThat(counts[1]).isPositive();
    assertThat(counts[2]).isPositive();
  }
}
