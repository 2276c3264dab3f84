package io.rakor.benchmarks.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;

/** The store streams observations in the reconciler's order (not a measurement). */
class ObservationStreamBenchmarkTest {
  @Test
  void theStoreAndTheListReconcileAlike() throws IOException {
    ObservationStreamBenchmark bench = new ObservationStreamBenchmark();
    bench.setUp(4_000);
    try {
      assertThat(bench.fromStore()).isPositive();
      assertThat(bench.pagesOnly()).isNotZero();
      assertThat(bench.rawPages()).isEqualTo(4_000);
    } finally {
      bench.tearDown();
    }
  }
}
