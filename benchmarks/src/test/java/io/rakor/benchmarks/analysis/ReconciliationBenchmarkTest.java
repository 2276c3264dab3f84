package io.rakor.benchmarks.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rakor.core.data.Observation;
import io.rakor.core.units.UnitId;
import io.rakor.testkit.analysis.NationalData;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The reconciliation benchmarks' set-up checks, at a small size (not a measurement). */
class ReconciliationBenchmarkTest {
  @Test
  void theReconcilersFindWhatTheBruteForceCountFinds() {
    ReconciliationBenchmark bench = new ReconciliationBenchmark();
    bench.setUp(20_000);
    assertThat(bench.streaming()).isPositive();
    assertThat(bench.iterateOnly()).isNotZero();
  }

  @Test
  void theBruteForceCountSeesDiscrepanciesAndMismatches() {
    Iterator<Observation> stream = NationalData.observations(42);
    List<Observation> observations = new ArrayList<>();
    for (int i = 0; i < 20_000; i++) {
      observations.add(stream.next());
    }
    ReconciliationCounts counts =
        ReconciliationCounts.expected(observations, NationalData.observationConfig());
    assertThat(counts.sources()).isEqualTo(20_000);
    assertThat(counts.keys()).isBetween(10_000L, 15_000L);
    assertThat(counts.discrepancies()).isPositive();
    assertThat(counts.rollUps()).isPositive();
    assertThat(counts.mismatches()).isPositive();
  }

  @Test
  void theBruteForceCountRefusesDataItCannotCount() {
    Observation unstewarded = NationalData.observations(42).next().withProducer(UnitId.of("bps"));
    assertThatThrownBy(
            () ->
                ReconciliationCounts.expected(
                    List.of(unstewarded), NationalData.observationConfig()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not a total reported by its steward");
  }

  @Test
  void theStreamingBenchmarkChecksItsStream() {
    ReconciliationStreamingBenchmark bench = new ReconciliationStreamingBenchmark();
    bench.observations = 20_000;
    bench.setUp();
    assertThat(bench.generateAndReconcile()).isPositive();
  }
}
